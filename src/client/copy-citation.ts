// Shows the "copy citation" button where the browser can copy, and copies the citation text.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const source = document.getElementById(button.dataset['copyTarget'] ?? '');
  const status = button.nextElementSibling;
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
    if (status) status.textContent = button.dataset['copied'] ?? '';
  });
}
