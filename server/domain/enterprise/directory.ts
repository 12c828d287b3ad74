import type { DocumentStore } from '../../store/port';
import { DEPARTMENTS, LIAISONS } from './model';

/** The sub-district's departments (科室), for routing and for choosing a department liaison. */
export async function listDepartments(store: DocumentStore) {
  const docs = await store.find(DEPARTMENTS, {}, { limit: 100 });
  return docs.map((d) => ({ id: d._id, name: d.name, duty: d.duty })).sort((a, b) => a.id.localeCompare(b.id));
}

/** The liaisons staff can assign (leaders first, then departments); inactive ones only when asked, for history. */
export async function listLiaisons(store: DocumentStore, includeInactive = false) {
  const docs = await store.find(LIAISONS, includeInactive ? {} : { active: true }, {
    orderBy: [
      ['kind', 'desc'],
      ['name', 'asc'],
    ],
    limit: 200,
  });
  return docs.map((l) => ({
    id: l._id,
    kind: l.kind,
    kindLabel: l.kind === 'leader' ? '街道领导' : '责任科室',
    name: l.name,
    title: l.title,
    departmentId: l.departmentId,
    active: l.active,
  }));
}
