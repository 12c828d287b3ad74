/** jsdom's Blob has no text(); read the bytes and decode them as UTF-8 keeping a BOM (CSV for Excel has one). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString('utf8'));
    reader.readAsArrayBuffer(blob);
  });
}
