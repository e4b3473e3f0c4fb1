// Swaps a video's local picture for the player when the reader clicks it, and not before.
for (const figure of document.querySelectorAll<HTMLElement>('.video-embed[data-embed]')) {
  const link = figure.querySelector('a');
  link?.addEventListener('click', (event) => {
    event.preventDefault();
    const player = document.createElement('iframe');
    player.src = figure.dataset['embed'] ?? '';
    player.title = figure.dataset['title'] ?? '';
    player.allow = 'autoplay; fullscreen; picture-in-picture';
    player.allowFullscreen = true;
    link.replaceWith(player);
    player.focus();
  });
}
