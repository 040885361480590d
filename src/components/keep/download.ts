/**
 * Save text as a file on the person's device: a Blob and an object URL, clicked through a
 * temporary link. Nothing leaves the browser.
 */
export function downloadText(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const blob = new Blob([text], { type: `${mimeType};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // Let the click start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
