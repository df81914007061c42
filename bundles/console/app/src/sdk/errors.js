// The API's 400 answers name the field: show the message at that field of the form (JSON paths like
// "guarantors[0].phone" map to the form's own prop names).
export function fieldError(error, fields) {
  if (!error || !error.field) return null;
  const f = error.field;
  if (fields.includes(f)) return f;
  const head = f.replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
  return fields.includes(head) ? head : null;
}
