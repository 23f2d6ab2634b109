// The time an action of the researcher's is logged at. The history tells the
// rows written at one moment as one action (a review carried to other
// versions, several fields corrected at once), so two actions must never
// share a moment: two in the same millisecond of this process take the next.
let last = '';

export function actionTime(now = new Date()): string {
  let at = now.toISOString();
  if (at <= last) at = new Date(Date.parse(last) + 1).toISOString();
  last = at;
  return at;
}
