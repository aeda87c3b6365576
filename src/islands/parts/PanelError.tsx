import { ErrorBoundary, type JSX } from 'solid-js';

/**
 * Keeps one tool's failure from taking the page down: the other tools keep
 * working, and the person is told their saved data is not affected.
 */
export function PanelError(props: { children: JSX.Element }) {
  return (
    <ErrorBoundary
      fallback={(error, reset) => {
        console.error(error);
        return (
          <div class="notice bad" role="alert">
            <p>This part of the planner hit a problem and could not be shown. What you saved is safe.</p>
            <button type="button" class="secondary" onClick={reset}>
              Try again
            </button>
          </div>
        );
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
