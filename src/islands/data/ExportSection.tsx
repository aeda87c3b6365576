import { Show } from 'solid-js';
import { exportAll } from './data-actions';
import { dataPage } from './data-store';
import { OutcomeMessages } from './OutcomeMessages';

/** Safari (and browsers that copy it) may delete a site's storage after seven days without a visit. */
const EVICTION_DAYS = 7;

/** Export all data: one checked file, and a reminder of when it was last done. */
export function ExportSection() {
  const last = () => dataPage.summary.lastExport;
  const hasData = () => dataPage.summary.interviews > 0 || dataPage.summary.hasProfile;
  const age = () => {
    const note = last();
    return note ? daysSince(note.at, new Date()) : undefined;
  };
  return (
    <section class="tool" aria-labelledby="export-heading">
      <h2 id="export-heading">Export all data</h2>
      <p>
        One file, named like <code>nudge-export-2026-03-04.json</code>, with every interview, your notes, drafts and profile. Keep it
        somewhere safe, or import it into Nudge in another browser or on another device.
      </p>
      <p class="hint">
        Export now and then: some browsers, Safari among them, may delete a site’s data after {EVICTION_DAYS} days without a visit, and a
        file is the only copy Nudge can’t lose.
      </p>
      <Show
        when={last()}
        fallback={
          <p class={hasData() ? 'status warn' : 'status'}>You have not exported from this browser yet.</p>
        }
      >
        {(note) => (
          <p class={(age() ?? 0) >= EVICTION_DAYS ? 'status warn' : 'status'}>
            Last exported {whenText(note().at)} ({note().fileName}){(age() ?? 0) >= EVICTION_DAYS ? `: ${age()} days ago, time for a fresh copy.` : '.'}
          </p>
        )}
      </Show>
      <div class="actions">
        <button type="button" onClick={() => void exportAll()} disabled={dataPage.busy !== ''}>
          Export all data
        </button>
      </div>
      <OutcomeMessages outcome={dataPage.export} />
    </section>
  );
}

// An instant in the person's own locale and zone, e.g. "4 March 2026 at 09:30" (en-GB).
function whenText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

// Whole days from `iso` to `now`, never negative.
function daysSince(iso: string, now: Date): number {
  const days = Math.floor((now.getTime() - new Date(iso).getTime()) / 86_400_000);
  return Number.isFinite(days) ? Math.max(0, days) : 0;
}
