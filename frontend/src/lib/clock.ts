// The family's clock: the time zone the signed-in child's days follow, as the server says at sign-in and
// on each load of the home screen. Every day the app shows or counts (due, paid, earned, a goal's date)
// is read on it, so that the app and the server agree on what "today" is wherever the device is.
import { ref } from 'vue'

export const SERVER_ZONE = 'UTC'

// (a ref: what a screen rendered from it renders again when the family moves)
const zone = ref(SERVER_ZONE)

/** The zone days are read on: the family's, or the server's own (UTC) before one is known. */
export function familyZone(): string {
  return zone.value
}

/** Reads days on `name` from now on; without a name, or with one this browser does not know, on UTC
 * (the clock of a family that never chose one). */
export function followZone(name: string | null | undefined): void {
  zone.value = name && isKnownZone(name) ? name : SERVER_ZONE
}

function isKnownZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name })
    return true
  } catch {
    return false
  }
}
