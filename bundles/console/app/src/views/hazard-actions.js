// The body of a transition (POST /hazards/{id}/transitions) from the action dialog: only the fields the action
// takes (the API refuses the others), required ones checked before sending.
export function transitionBody(d, hazard) {
  const t = (v) => (v && v.trim() ? v.trim() : null);
  const body = { action: d.action };
  const problems = {};
  if (d.action === 'ASSIGN') {
    body.assignee = t(d.assignee);
    if (!body.assignee) problems.assignee = '请填写整改责任单位';
    if (hazard && hazard.grade === 'MAJOR') {
      for (const f of ['responsible', 'measures', 'funds', 'contingencyPlan']) body[f] = t(d[f]);
    }
  } else if (d.action === 'SUBMIT') {
    body.evidence = t(d.evidence);
    if (!body.evidence) problems.evidence = '请填写整改证据';
  } else if (d.action === 'REJECT') {
    body.reason = t(d.reason);
    if (!body.reason) problems.reason = '请填写不通过原因';
  }
  const note = t(d.note);
  if (note) body.note = note;
  return { body, problems };
}
