/**
 * The two browser edges of "save to a file": writing a download and reading a picked file.
 * Injectable in the components so tests need neither object URLs nor a real file system.
 */

/** Download text as a file via Blob + object URL + a temporary <a download>, then revoke the URL. */
export function downloadTextFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by now; give slow browsers a moment before freeing the data.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}

/** Read a picked file's bytes. */
export async function readFileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') return new Uint8Array(await file.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsArrayBuffer(file);
  });
}
