import { createSignal, onMount, type Accessor } from 'solid-js';

/**
 * False while an island hydrates, true once it has mounted.
 *
 * Islands are rendered at build time in their "loading" state. A second island
 * that hydrates later (`client:visible`) finds the shared store already loaded;
 * rendering that state during hydration would not match the HTML, and Solid
 * would drop the difference. Gating on this renders it right after instead.
 */
export function createHydrated(): Accessor<boolean> {
  const [hydrated, setHydrated] = createSignal(false);
  onMount(() => setHydrated(true));
  return hydrated;
}
