import { fromBase64, toBase64 } from './base64';

/**
 * The "save my answers to a file" format: pure encode/decode, no DOM, no React.
 *
 * WHY A FILE AT ALL: the app stores nothing on the device by itself (docs/safety-design.md). A person who wants
 * to stop and come back later gets a file they control, locked with a passphrase they choose, so
 * someone who finds the file (downloads list, shared computer) cannot read it.
 *
 * FORMAT (version 1). One line of UTF-8 JSON, always written with the keys in this order:
 *
 *   {"format":"qa-notes","v":1,"kdf":"PBKDF2-SHA-256","iter":600000,
 *    "salt":"<b64 16 bytes>","iv":"<b64 12 bytes>","check":"<b64 16 bytes>","data":"<b64>"}
 *
 * - `format` is our magic value. It is deliberately bland ("qa-notes" = questions and answers,
 *   like the tab title): a person who opens the file in a text editor learns nothing about what
 *   the app is for. `v` is the format version; any other version is refused as `other_version`.
 * - Key derivation: PBKDF2-HMAC-SHA-256 over the NFC-normalised passphrase with a random 16-byte
 *   salt and `iter` iterations (600,000 in the app, the OWASP 2023 figure for PBKDF2-SHA-256).
 *   We derive 512 bits: the first 256 are the AES-GCM-256 key, the last 256 are a separate
 *   "check" key that never touches the data.
 * - `check` = first 16 bytes of HMAC-SHA-256(checkKey, "qa-notes passphrase check v1"). It is a
 *   passphrase verifier. WHY: AES-GCM alone fails the same way for a wrong passphrase and for an
 *   edited ciphertext. With the verifier, a mismatch means "wrong passphrase" and a match followed
 *   by a failed GCM tag means "the file was damaged or changed", so each gets its own kind message.
 *   It gives an attacker nothing new: testing a guess against `check` costs the same full PBKDF2
 *   run as testing it against the GCM tag. (Editing `salt`, `iter` or `check` itself also reads as
 *   a wrong passphrase: we cannot tell those apart, and the message tells people to check both.)
 * - `data` = AES-GCM-256(key, iv, plaintext) with a 128-bit tag. The additional authenticated data
 *   is the header (`format|v|kdf|iter|salt|iv|check`), so any edit to the header that does not
 *   already break the key check breaks the tag. The plaintext is JSON `{"savedAt": ISO, "answers": …}`;
 *   the date lives inside the encryption so the file says nothing readable about when it was made.
 *
 * DECODING ORDER, so that every bad file gets its own reason:
 *   empty → too_large (checked on the byte length, before any parsing or key derivation) →
 *   not UTF-8 / no magic → not_ours → magic but unparsable JSON → truncated (no closing brace) or
 *   corrupted → other `v` → other_version → any missing, extra or malformed field → corrupted
 *   → an iteration count outside the app's bounds → bad_settings (before any key derivation)
 *   (an extra field means the file was edited or written by something that is not this app; we do
 *   not guess, we refuse, and say "damaged or changed") → key check → wrong_passphrase →
 *   GCM tag → corrupted → plaintext not our JSON → corrupted.
 */

export const FORMAT_ID = 'qa-notes';
export const FORMAT_VERSION = 1;
export const KDF_NAME = 'PBKDF2-SHA-256';
/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const DEFAULT_ITERATIONS = 600_000;
/**
 * Iteration bounds for opening a file, relative to the count the app itself uses. A file that asks
 * for more (beyond a small margin) would make the browser work for a long time: an edited or hostile
 * file. A file that asks for fewer would make a guessed passphrase cheaper to test, and this app
 * never writes one. Both are refused before any key derivation (reason `bad_settings`).
 */
export const ITERATION_MARGIN = 0.1;
export function acceptedIterations(own: number = DEFAULT_ITERATIONS): { min: number; max: number } {
  return { min: own, max: Math.floor(own * (1 + ITERATION_MARGIN)) };
}
/** Never derive a key with more than this, whatever the caller asks. */
export const MAX_ITERATIONS = 10_000_000;
/** A real answers file is a few kilobytes; anything over 1 MB is refused before reading further. */
export const MAX_FILE_BYTES = 1_000_000;
export const MIN_PASSPHRASE_LENGTH = 8;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const GCM_TAG_BYTES = 16;
const CHECK_LABEL = 'qa-notes passphrase check v1';
const ENVELOPE_KEYS = ['format', 'v', 'kdf', 'iter', 'salt', 'iv', 'check', 'data'] as const;
/** Every file we write starts with exactly these characters. */
const MAGIC_PREFIX = `{"format":"${FORMAT_ID}"`;

export type DecryptFailure =
  | 'empty'
  | 'too_large'
  | 'not_ours'
  | 'truncated'
  | 'corrupted'
  | 'other_version'
  | 'bad_settings'
  | 'wrong_passphrase';

export type DecryptResult =
  { ok: true; payload: unknown; savedAt: string | undefined } | { ok: false; reason: DecryptFailure };

export interface EncryptOptions {
  /** PBKDF2 iterations. Only tests should lower this; the app keeps the default. */
  iterations?: number;
  /** Stamped inside the encrypted part. Injectable for tests. */
  now?: Date;
  /** Injectable randomness for tests; defaults to crypto.getRandomValues. */
  random?: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
  /** Stop early: the work is abandoned and an AbortError is thrown at the next step. */
  signal?: AbortSignal;
}

export interface DecryptOptions {
  /** The count this app saves with; only tests lower it. Files outside its bounds are refused. */
  iterations?: number;
  /** Stop early: the work is abandoned and an AbortError is thrown at the next step. */
  signal?: AbortSignal;
}

interface Envelope {
  format: string;
  v: number;
  kdf: string;
  iter: number;
  salt: string;
  iv: string;
  check: string;
  data: string;
}

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available');
  return s;
}

function header(e: Pick<Envelope, 'format' | 'v' | 'kdf' | 'iter' | 'salt' | 'iv' | 'check'>): Uint8Array<ArrayBuffer> {
  return encoder.encode([e.format, e.v, e.kdf, e.iter, e.salt, e.iv, e.check].join('|'));
}

async function deriveKeys(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const s = subtle();
  const base = await s.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await s.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, 512));
  const aes = await s.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const hmac = await s.importKey('raw', bits.slice(32, 64), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const check = new Uint8Array(await s.sign('HMAC', hmac, encoder.encode(CHECK_LABEL))).slice(0, CHECK_BYTES);
  bits.fill(0);
  return { aes, check };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i += 1) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Encrypt a JSON-safe payload with the person's passphrase. Returns the whole file as text
 * (one line of JSON, see the format above). Throws only if WebCrypto is missing or the payload
 * cannot be serialised.
 */
export async function encryptAnswers(payload: unknown, passphrase: string, opts: EncryptOptions = {}): Promise<string> {
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new RangeError('iterations out of range');
  }
  const random = opts.random ?? ((b: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(b));
  const salt = random(new Uint8Array(SALT_BYTES));
  const iv = random(new Uint8Array(IV_BYTES));
  const { aes, check } = await deriveKeys(passphrase, salt, iterations);
  opts.signal?.throwIfAborted();
  const head = {
    format: FORMAT_ID,
    v: FORMAT_VERSION,
    kdf: KDF_NAME,
    iter: iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    check: toBase64(check),
  };
  const plaintext = JSON.stringify({ savedAt: (opts.now ?? new Date()).toISOString(), answers: payload });
  const data = new Uint8Array(
    await subtle().encrypt(
      { name: 'AES-GCM', iv, additionalData: header(head), tagLength: 128 },
      aes,
      encoder.encode(plaintext),
    ),
  );
  const envelope: Envelope = { ...head, data: toBase64(data) };
  opts.signal?.throwIfAborted();
  // Key order is fixed by the object literal above: the file always starts with MAGIC_PREFIX.
  return JSON.stringify(envelope);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text of the file, or undefined when it is not valid UTF-8 (then it cannot be ours). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function parseEnvelope(
  text: string,
  ownIterations: number,
): { ok: true; envelope: Envelope } | { ok: false; reason: DecryptFailure } {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    // Our magic at the start but broken JSON: the end is missing (cut-off download or copy) or
    // something in the middle was changed.
    if (trimmed.startsWith(MAGIC_PREFIX))
      return { ok: false, reason: trimmed.endsWith('}') ? 'corrupted' : 'truncated' };
    if (trimmed.length > 1 && MAGIC_PREFIX.startsWith(trimmed)) return { ok: false, reason: 'truncated' };
    return { ok: false, reason: 'not_ours' };
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT_ID) return { ok: false, reason: 'not_ours' };
  if (parsed.v !== FORMAT_VERSION) {
    return {
      ok: false,
      reason:
        typeof parsed.v === 'number' && Number.isInteger(parsed.v) && parsed.v > 0 ? 'other_version' : 'corrupted',
    };
  }
  const keys = Object.keys(parsed);
  if (keys.length !== ENVELOPE_KEYS.length || !ENVELOPE_KEYS.every((k) => keys.includes(k)))
    return { ok: false, reason: 'corrupted' };
  const { kdf, iter, salt, iv, check, data } = parsed;
  if (kdf !== KDF_NAME) return { ok: false, reason: 'corrupted' };
  if (typeof iter !== 'number' || !Number.isInteger(iter) || iter < 1) return { ok: false, reason: 'corrupted' };
  const bounds = acceptedIterations(ownIterations);
  if (iter < bounds.min || iter > Math.min(bounds.max, MAX_ITERATIONS)) return { ok: false, reason: 'bad_settings' };
  if (typeof salt !== 'string' || typeof iv !== 'string' || typeof check !== 'string' || typeof data !== 'string') {
    return { ok: false, reason: 'corrupted' };
  }
  return { ok: true, envelope: { format: FORMAT_ID, v: FORMAT_VERSION, kdf, iter, salt, iv, check, data } };
}

/**
 * Read a saved file. Never throws for a bad file: every failure is a reason the UI turns into its
 * own message. The caller must leave the answers on screen alone unless `ok` is true.
 */
export async function decryptAnswers(
  file: Uint8Array | ArrayBuffer,
  passphrase: string,
  opts: DecryptOptions = {},
): Promise<DecryptResult> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, reason: 'too_large' };
  const text = decodeUtf8(bytes);
  if (text === undefined) return { ok: false, reason: 'not_ours' };
  if (text.trim() === '') return { ok: false, reason: 'empty' };

  const parsed = parseEnvelope(text, opts.iterations ?? DEFAULT_ITERATIONS);
  if (!parsed.ok) return parsed;
  const e = parsed.envelope;
  const salt = fromBase64(e.salt);
  const iv = fromBase64(e.iv);
  const check = fromBase64(e.check);
  const data = fromBase64(e.data);
  if (!salt || !iv || !check || !data) return { ok: false, reason: 'corrupted' };
  if (
    salt.length !== SALT_BYTES ||
    iv.length !== IV_BYTES ||
    check.length !== CHECK_BYTES ||
    data.length < GCM_TAG_BYTES
  ) {
    return { ok: false, reason: 'corrupted' };
  }

  const keys = await deriveKeys(passphrase, salt, e.iter);
  opts.signal?.throwIfAborted();
  if (!sameBytes(keys.check, check)) return { ok: false, reason: 'wrong_passphrase' };

  let plaintext: string;
  try {
    const clear = await subtle().decrypt(
      { name: 'AES-GCM', iv, additionalData: header(e), tagLength: 128 },
      keys.aes,
      data,
    );
    plaintext = new TextDecoder('utf-8', { fatal: true }).decode(clear);
  } catch {
    // The passphrase is right (the check matched), so the data or header was changed.
    return { ok: false, reason: 'corrupted' };
  }
  opts.signal?.throwIfAborted();
  let inner: unknown;
  try {
    inner = JSON.parse(plaintext);
  } catch {
    return { ok: false, reason: 'corrupted' };
  }
  if (!isRecord(inner) || !('answers' in inner)) return { ok: false, reason: 'corrupted' };
  return { ok: true, payload: inner.answers, savedAt: typeof inner.savedAt === 'string' ? inner.savedAt : undefined };
}

/** A neutral file name: nothing about the app's purpose shows in the downloads list. */
export function savedFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `notes-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.txt`;
}
