import { describe, expect, it, vi } from 'vitest';

import { fromBase64, toBase64 } from './base64';
import {
  acceptedIterations,
  decryptAnswers,
  DEFAULT_ITERATIONS,
  encryptAnswers,
  MAX_FILE_BYTES,
  savedFileName,
} from './saved-file';

// Low iteration count so the suite stays fast; the app uses DEFAULT_ITERATIONS (600,000).
const FAST = { iterations: 1_000 };
const PASS = 'blue kettle morning';
const ANSWERS = { version: 1, answers: { arrestCounty: 'Alameda', dates: ['2019-04-02'], notes: 'ñ 漢字 ✓' } };

const enc = new TextEncoder();
const bytes = (text: string) => enc.encode(text);

async function goodFile(payload: unknown = ANSWERS): Promise<string> {
  return encryptAnswers(payload, PASS, FAST);
}

async function reason(file: Uint8Array, passphrase = PASS) {
  const result = await decryptAnswers(file, passphrase, FAST);
  return result.ok ? 'ok' : result.reason;
}

describe('encryptAnswers / decryptAnswers', () => {
  it('round-trips the answers, with the save date inside the encryption', async () => {
    const file = await encryptAnswers(ANSWERS, PASS, { ...FAST, now: new Date('2026-11-28T10:00:00Z') });
    const result = await decryptAnswers(bytes(file), PASS, FAST);
    expect(result).toEqual({ ok: true, payload: ANSWERS, savedAt: '2026-11-28T10:00:00.000Z' });
    // Nothing readable: no answer, no date, no word about the app's purpose.
    expect(file).not.toMatch(/Alameda|2026|answers|trafficking|legal|vacatur/i);
  });

  it('accepts an ArrayBuffer and ignores a byte-order mark or trailing newline', async () => {
    const file = bytes(`\uFEFF${await goodFile()}\r\n`);
    expect((await decryptAnswers(file.buffer, PASS, FAST)).ok).toBe(true);
  });

  it('writes a small, versioned envelope that starts with the magic', async () => {
    const file = await goodFile();
    expect(file.startsWith('{"format":"qa-notes","v":1,')).toBe(true);
    const env = JSON.parse(file) as Record<string, unknown>;
    expect(Object.keys(env)).toEqual(['format', 'v', 'kdf', 'iter', 'salt', 'iv', 'check', 'data']);
    expect(env).toMatchObject({ kdf: 'PBKDF2-SHA-256', iter: 1_000 });
    expect(fromBase64(env.salt as string)).toHaveLength(16);
    expect(fromBase64(env.iv as string)).toHaveLength(12);
  });

  it('uses a fresh salt and IV each time', async () => {
    const [a, b] = await Promise.all([goodFile(), goodFile()]);
    const ea = JSON.parse(a) as Record<string, string>;
    const eb = JSON.parse(b) as Record<string, string>;
    expect(ea.salt).not.toBe(eb.salt);
    expect(ea.iv).not.toBe(eb.iv);
  });

  it('defaults to 600,000 iterations (OWASP 2023)', async () => {
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    const file = await encryptAnswers({}, PASS);
    expect((JSON.parse(file) as { iter: number }).iter).toBe(600_000);
  });

  it('treats the passphrase as Unicode text (NFC), so the same words typed differently still open', async () => {
    const file = await encryptAnswers(ANSWERS, 'cafe\u0301 con leche', FAST);
    expect((await decryptAnswers(bytes(file), 'caf\u00e9 con leche', FAST)).ok).toBe(true);
  });
});

describe('bad files: each gets its own reason and nothing is returned', () => {
  it('1. wrong passphrase', async () => {
    expect(await reason(bytes(await goodFile()), 'blue kettle evening')).toBe('wrong_passphrase');
  });

  it('2. truncated (cut-off download), at several points', async () => {
    const file = await goodFile();
    for (const keep of [file.length - 1, file.length - 10, Math.floor(file.length / 2), 40, 12, 5]) {
      expect({ keep, reason: await reason(bytes(file.slice(0, keep))) }).toEqual({ keep, reason: 'truncated' });
    }
  });

  it('3. flipped bytes in the encrypted data are "corrupted", not "wrong passphrase"', async () => {
    const env = JSON.parse(await goodFile()) as Record<string, unknown>;
    const data = fromBase64(env.data as string)!;
    data[3] = (data[3] ?? 0) ^ 0x01;
    expect(await reason(bytes(JSON.stringify({ ...env, data: toBase64(data) })))).toBe('corrupted');
  });

  it('3b. a flipped character in the text, an edited IV or an edited header field is "corrupted"', async () => {
    const file = await goodFile();
    const env = JSON.parse(file) as Record<string, unknown>;
    const i = file.indexOf('"data":"') + 20;
    const flipped = file.slice(0, i) + (file[i] === 'A' ? 'B' : 'A') + file.slice(i + 1);
    expect(await reason(bytes(flipped))).toBe('corrupted');
    const iv = fromBase64(env.iv as string)!;
    iv[0] = (iv[0] ?? 0) ^ 0xff;
    expect(await reason(bytes(JSON.stringify({ ...env, iv: toBase64(iv) })))).toBe('corrupted');
    expect(await reason(bytes(JSON.stringify({ ...env, data: '%%%not base64%%%' })))).toBe('corrupted');
    expect(await reason(bytes(file.replace('"kdf":"PBKDF2-SHA-256"', '"kdf":"scrypt"')))).toBe('corrupted');
    expect(await reason(bytes(file.replace('"iter":1000', '"iter":1000.5')))).toBe('corrupted');
    expect(await reason(bytes(file.replace('"iter":1000', '"iter":"1000"')))).toBe('corrupted');
    expect(await reason(bytes(file.replace(/,"iv":"[^"]*"/, '')))).toBe('corrupted');
    expect(await reason(bytes(file.replace('"v":1,', '"v":1,,')))).toBe('corrupted');
  });

  it('4. another format version', async () => {
    const file = await goodFile();
    expect(await reason(bytes(file.replace('"v":1', '"v":2')))).toBe('other_version');
    expect(await reason(bytes(file.replace('"v":1', '"v":0')))).toBe('corrupted');
  });

  it('5. empty file (zero bytes or only whitespace)', async () => {
    expect(await reason(new Uint8Array(0))).toBe('empty');
    expect(await reason(bytes('  \n\t '))).toBe('empty');
  });

  it('6. a huge file is refused before any parsing or key derivation', async () => {
    const padded = bytes((await goodFile()) + ' '.repeat(MAX_FILE_BYTES));
    const derive = vi.spyOn(crypto.subtle, 'deriveBits');
    expect(await reason(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41), PASS)).toBe('too_large');
    // Even a good file padded past the limit is refused on size alone, with no key derivation.
    expect(await reason(padded)).toBe('too_large');
    expect(derive).not.toHaveBeenCalled();
    // Exactly at the limit is still read.
    expect(await reason(bytes((await goodFile()).padEnd(MAX_FILE_BYTES, ' ')))).toBe('ok');
    expect(derive).toHaveBeenCalled();
  });

  it('7. JSON that is not ours', async () => {
    expect(await reason(bytes('{"name":"groceries","items":["milk","eggs"]}'))).toBe('not_ours');
    expect(await reason(bytes('[1,2,3]'))).toBe('not_ours');
    expect(await reason(bytes('{"format":"something-else","v":1}'))).toBe('not_ours');
    expect(await reason(bytes('null'))).toBe('not_ours');
  });

  it('8. plain text', async () => {
    expect(await reason(bytes('Remember to buy milk.\nCall back on Tuesday.'))).toBe('not_ours');
  });

  it('9. another app’s encrypted file (openssl enc "Salted__", random bytes, an image)', async () => {
    const salted = new Uint8Array([...enc.encode('Salted__'), ...crypto.getRandomValues(new Uint8Array(200))]);
    expect(await reason(salted)).toBe('not_ours');
    // Random bytes (0x80-0xff are never valid UTF-8 on their own, so this is deterministic).
    const random = crypto.getRandomValues(new Uint8Array(512)).map((b) => b | 0x80);
    expect(await reason(random)).toBe('not_ours');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await reason(png)).toBe('not_ours');
  });

  it('10. extra fields in the envelope are refused as "corrupted" (changed since saving)', async () => {
    const file = await goodFile();
    expect(await reason(bytes(file.replace(/}$/, ',"note":"hello"}')))).toBe('corrupted');
    // Even a pretty-printed copy of a good file still opens: only content matters, not spacing.
    expect(await reason(bytes(JSON.stringify(JSON.parse(file), null, 2)))).toBe('ok');
  });

  it('a wrong passphrase on a damaged file still says "wrong passphrase" first (we cannot know more)', async () => {
    const env = JSON.parse(await goodFile()) as Record<string, unknown>;
    const data = fromBase64(env.data as string)!;
    data[0] = (data[0] ?? 0) ^ 0x01;
    expect(await reason(bytes(JSON.stringify({ ...env, data: toBase64(data) })), 'nope nope nope')).toBe(
      'wrong_passphrase',
    );
  });
});

describe('savedFileName', () => {
  it('is neutral and dated', () => {
    expect(savedFileName(new Date(2026, 10, 8))).toBe('notes-2026-11-08.txt');
  });
});

describe('base64 helpers', () => {
  it('round-trip and reject non-canonical text', () => {
    const b = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(fromBase64(toBase64(b))).toEqual(b);
    expect(fromBase64('abc')).toBeUndefined();
    expect(fromBase64('ab=c')).toBeUndefined();
    expect(fromBase64('')).toEqual(new Uint8Array(0));
  });
});

describe('key derivation bounds', () => {
  it("accepts the app's own count and a small margin above it, nothing more and nothing less", () => {
    expect(acceptedIterations()).toEqual({ min: 600_000, max: 660_000 });
  });

  it('refuses, before deriving any key, a file that asks for more or fewer iterations than the app uses', async () => {
    const file = await encryptAnswers({ a: 1 }, PASS, FAST);
    const subtle = vi.spyOn(crypto.subtle, 'deriveBits');
    for (const iter of [999, 1, 1_101, 99_999_999_999]) {
      const edited = new TextEncoder().encode(file.replace('"iter":1000', `"iter":${iter}`));
      expect(await decryptAnswers(edited, PASS, FAST)).toEqual({ ok: false, reason: 'bad_settings' });
    }
    expect(subtle).not.toHaveBeenCalled();
    const within = new TextEncoder().encode(file.replace('"iter":1000', '"iter":1100'));
    // Within the margin the file is read (here the count is part of the sealed header, so it fails the key check).
    expect(await decryptAnswers(within, PASS, FAST)).toEqual({ ok: false, reason: 'wrong_passphrase' });
  });

  it("a file saved with the app's own count is refused by a reader that expects more", async () => {
    const file = await encryptAnswers({ a: 1 }, PASS, FAST);
    expect(await decryptAnswers(new TextEncoder().encode(file), PASS, { iterations: 2_000 })).toEqual({
      ok: false,
      reason: 'bad_settings',
    });
  });

  it('stops with an AbortError when asked to', async () => {
    const file = new TextEncoder().encode(await encryptAnswers({ a: 1 }, PASS, FAST));
    const controller = new AbortController();
    const opening = decryptAnswers(file, PASS, { ...FAST, signal: controller.signal });
    controller.abort();
    await expect(opening).rejects.toMatchObject({ name: 'AbortError' });
    const saving = encryptAnswers({ a: 1 }, PASS, { ...FAST, signal: AbortSignal.abort() });
    await expect(saving).rejects.toMatchObject({ name: 'AbortError' });
  });
});
