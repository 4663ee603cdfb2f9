/** Copies text; falls back to a hidden textarea where the async Clipboard API is missing or refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

export const LIVE_REGION_ID = 'site-live-region';

/** Speaks a message through the page's one polite live region (rendered by src/theme/Root.tsx). */
export function announce(message: string): void {
  const region = document.getElementById(LIVE_REGION_ID);
  if (!region) return;
  // Clearing first makes a repeated message ("Ссылка скопирована" twice) be read again.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
