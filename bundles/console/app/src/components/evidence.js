import { api } from '@anjian/console-sdk';

export const ACCEPT = 'image/jpeg,image/png,application/pdf';
export const MAX_BYTES = 10 * 1024 * 1024;

/** What is wrong with a chosen file before it is sent (the server judges the content again). */
export function fileProblem(file) {
  if (file.size === 0) return `${file.name}：文件为空`;
  if (file.size > MAX_BYTES) return `${file.name}：超过 10 MB`;
  if (file.type && !ACCEPT.split(',').includes(file.type)) return `${file.name}：仅支持 JPEG、PNG 照片或 PDF 文件`;
  return null;
}

/** Uploads files to a hazard one by one; resolves to the messages of those refused. */
export async function uploadEvidence(hazardId, files, note) {
  const failed = [];
  for (const f of files) {
    const body = new FormData();
    body.append('file', f, f.name);
    if (note) body.append('note', note);
    try {
      await api(`/hazards/${hazardId}/attachments`, { method: 'POST', body });
    } catch (e) {
      failed.push(`${f.name}：${e.display || e.message}`);
    }
  }
  return failed;
}
