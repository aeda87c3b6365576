/**
 * Whether the invitation panel is showing. Kept apart from the panel's own
 * state, which loads with the panel: the planner's first screen holds only
 * this flag, and the field that sets it.
 */
import { createSignal } from 'solid-js';

const [open, setOpen] = createSignal(false);

/** True once a file has been given and until the panel is closed. */
export const invitationPanelOpen = open;

/** Opens or closes the invitation panel, wherever the field is on the page. */
export const setInvitationPanelOpen = setOpen;
