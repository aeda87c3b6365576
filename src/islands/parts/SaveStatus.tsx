import { Match, Switch } from 'solid-js';
import { createHydrated } from '../hydrated';
import { planner } from '../store';

/** "Saved in this browser" / "Saving…" / the trouble, announced politely to screen readers. */
export function SaveStatus() {
  const hydrated = createHydrated();
  return (
    <p class="status" role="status" aria-live="polite">
      <Switch>
        <Match when={!hydrated() || planner.status === 'loading'}>Loading your planner…</Match>
        <Match when={planner.save === 'error'}>
          <span class="bad">Not saved: see the note above.</span>
        </Match>
        <Match when={planner.backend === 'memory'}>Kept in this tab only</Match>
        <Match when={planner.save === 'saving' || planner.save === 'unsaved'}>Saving…</Match>
        <Match when={planner.save === 'saved'}>
          <span class="ok">✓ Saved in this browser</span>
        </Match>
      </Switch>
    </p>
  );
}
