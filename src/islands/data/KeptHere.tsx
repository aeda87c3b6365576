import { Match, Show, Switch } from 'solid-js';
import { countInterviews } from '../../domain/records/interview-label';
import { formatBytes } from '../../domain/records/transfer/import-size';
import { dataPage } from './data-store';

/** What this browser holds now, whether it has agreed to keep it, and the space it takes. */
export function KeptHere() {
  const summary = () => dataPage.summary;
  return (
    <section class="tool" aria-labelledby="kept-heading">
      <h2 id="kept-heading">In this browser now</h2>
      <Switch>
        <Match when={dataPage.storage === 'checking'}>
          <p class="status">Looking at this browser’s storage…</p>
        </Match>
        <Match when={dataPage.storage === 'unavailable'}>
          <div class="notice bad" role="alert">
            <p>
              <strong>This browser will not let Nudge open its storage (IndexedDB)</strong>, perhaps because this is a private window or
              site data is blocked in the settings. Nothing is saved here, so there is nothing to export, import into or delete.
            </p>
            <p>If the planner is open in another tab, what you typed there lives only in that tab until it closes.</p>
          </div>
        </Match>
        <Match when={dataPage.storage === 'ready'}>
          <p>
            {summary().interviews === 0 && !summary().hasProfile
              ? 'Nothing yet: no interviews and no profile.'
              : `${capitalise(countInterviews(summary().interviews))}${summary().hasProfile ? ' and your profile' : ', no profile'}.`}
            <Show when={summary().setAside > 0}>
              {' '}
              Also {summary().setAside === 1 ? '1 record' : `${summary().setAside} records`} the planner could not read, kept aside: an export
              includes {summary().setAside === 1 ? 'it' : 'them'} as text.
            </Show>
          </p>
        </Match>
      </Switch>
      <Switch>
        <Match when={dataPage.persistence === 'persisted'}>
          <p class="status ok">✓ Your browser has agreed to keep Nudge’s data until you delete it.</p>
        </Match>
        <Match when={dataPage.persistence === 'not-persisted'}>
          <p class="status warn">
            Your browser may clear Nudge’s data if space runs low or after a while without a visit: export now and then.
          </p>
        </Match>
        <Match when={dataPage.persistence === 'unavailable'}>
          <p class="status warn">This browser does not say whether it will keep Nudge’s data, so export now and then.</p>
        </Match>
      </Switch>
      <Show when={dataPage.space}>
        {(space) => (
          <p class="hint">
            This site uses about {formatBytes(space().usage)} of this device’s storage (the browser allows up to about {formatBytes(space().quota)}).
          </p>
        )}
      </Show>
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
