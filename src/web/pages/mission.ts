/**
 * A mission's page: its resolutions over time (mandate periods and ceilings, charted), the tasks of the mandate in
 * force, the reporting calendar, deployment against the ceilings from the latest report's strength table, the votes.
 */
import type { Task } from '../../facts/types.js';
import type { MissionRecord } from '../../store/mission.js';
import { ceilingsChart, countryChart, deploymentChart, mandateTimelineChart } from '../charts.js';
import type { MissionDeployment, ResolutionVote } from '../data.js';
import { documentHref, escapeHtml, formatDate, formatNumber, page, storedHref, symbolLink, table } from '../html.js';
import { statusBadge } from './lists.js';

export interface MissionPageData {
  record: MissionRecord;
  /** the tasks of the mandate in force, from its resolution's facts */
  tasks: Task[];
  deployment: MissionDeployment | null;
  votes: ResolutionVote[];
}

function currentMandate(record: MissionRecord): string {
  const current = record.current;
  if (!current) return '<p class="notice">No stored resolution sets this mission\'s mandate.</p>';
  const state = current.inForce === null
    ? 'no expiry was read'
    : current.inForce ? `in force until <strong>${formatDate(current.expires)}</strong>` : `<strong>expired</strong> on ${formatDate(current.expires)}`;
  // what a rollover left standing, with the resolution that set it
  const setBy = (symbol: string | null) => (symbol && symbol !== current.symbol ? ` (set by ${symbolLink(symbol)})` : '');
  const ceilings = current.ceilings.map((c) => `${formatNumber(c.max)} ${escapeHtml(c.component)}${setBy(c.setBy)}`).join(', ') || 'no ceilings read';
  return `<p class="current">Mandate set by ${symbolLink(current.symbol)} of ${formatDate(current.date)}: ${state}. Ceilings: ${ceilings}. ${current.tasks} tasks${setBy(current.tasksFrom)}.</p>`;
}

/** The tasks as a tree by their ids ("op20.a.ii" under "op20.a"), each linked to its words in the reader. */
function tasksList(tasks: Task[], symbol: string): string {
  if (tasks.length === 0) return '<p class="muted">No tasks read from the resolution in force.</p>';
  const ids = new Set(tasks.map((t) => t.paragraph));
  const parentOf = (id: string) => {
    for (let cut = id.lastIndexOf('.'); cut > 0; cut = id.lastIndexOf('.', cut - 1)) if (ids.has(id.slice(0, cut))) return id.slice(0, cut);
    return null;
  };
  const children = new Map<string | null, Task[]>();
  for (const task of tasks) children.set(parentOf(task.paragraph), [...(children.get(parentOf(task.paragraph)) ?? []), task]);
  const render = (parent: string | null): string => {
    const list = children.get(parent) ?? [];
    if (list.length === 0) return '';
    return `<ul class="tasks">${list.map((t) => {
      const text = [t.title ? `<strong>${escapeHtml(t.title)}</strong>` : '', escapeHtml(t.text)].filter(Boolean).join(' ');
      const priority = t.priority === 'priority' ? '<span class="tag">priority</span> ' : '';
      return `<li>${priority}<a class="num" href="${escapeHtml(documentHref(symbol, t.paragraph))}">${escapeHtml(t.num || t.paragraph)}</a> ${text}${render(t.paragraph)}</li>`;
    }).join('')}</ul>`;
  };
  const priority = tasks.filter((t) => t.priority === 'priority').length;
  return `<details open><summary>${tasks.length} tasks, ${priority} of them priority tasks</summary>${render(null)}</details>`;
}

function calendarTable(record: MissionRecord): string {
  if (record.calendar.length === 0) return '<p class="muted">The stored resolutions request no dated report of the Secretary-General.</p>';
  const rows = record.calendar.map((due) => [
    formatDate(due.due),
    statusBadge(due.status),
    escapeHtml(due.what),
    `${symbolLink(due.resolution, true, due.paragraph)} <span class="muted">${escapeHtml(due.paragraph)}</span>`,
    due.report ? `${symbolLink(due.report.symbol)} of ${formatDate(due.report.date)}` : '—',
  ]);
  const counts = (['received', 'due', 'overdue'] as const).map((s) => `${record.calendar.filter((d) => d.status === s).length} ${s}`).join(', ');
  return `<p class="muted">${counts}, as of ${formatDate(record.today)}.</p>${table(['Due', 'Status', 'What', 'Requested in', 'Received'], rows, { className: 'data' })}`;
}

function deploymentSection(deployment: MissionDeployment | null): string {
  if (!deployment) return '<p class="muted">No stored report of the Secretary-General on this mission annexes a table of military and police strength.</p>';
  const { report, annex, table: strength, ceilingsFrom } = deployment;
  const source = `<p>From ${symbolLink(report.symbol, true, `annex-${annex.num || 'unnumbered'}`)} of ${formatDate(report.date)}, annex ${escapeHtml(annex.num)}${annex.title ? `: ${escapeHtml(annex.title)}` : ''}${ceilingsFrom ? `; ceilings of ${symbolLink(ceilingsFrom)}` : ''}.</p>`;
  const flags = [...strength.flags, ...strength.mismatches.map((m) => `${m.group} ${m.field}: the rows add up to ${formatNumber(m.sum)}, the Total row prints ${formatNumber(m.printed)}`)];
  const stated = deployment.deployment.stated.map((s) =>
    `<li>${symbolLink(report.symbol, true, s.paragraph)} ${escapeHtml(s.paragraph)}: “${escapeHtml(s.text)}” — ${s.agrees ? 'agrees with the table' : escapeHtml(s.difference ?? 'does not agree')}</li>`);
  return source
    + (deployment.deployment.components.length ? deploymentChart(deployment.deployment.components, strength.asAt) : '')
    + countryChart(strength.rows)
    + (stated.length ? `<h3>Figures the report states</h3><ul>${stated.join('')}</ul>` : '')
    + (flags.length ? `<details class="warnings"><summary>${flags.length} checks of the table failed</summary><ul>${flags.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul></details>` : '');
}

function votesTable(votes: ResolutionVote[]): string {
  if (votes.length === 0) return '<p class="muted">No vote recorded.</p>';
  const rows = votes.map(({ symbol, vote, from, recordedIn }) => {
    if (!vote) return [symbolLink(symbol), '—', '—', '—', '<span class="muted">no record of the vote is stored</span>'];
    const t = vote.totals;
    const positions = (position: string) => vote.members.filter((m) => m.position === position).map((m) => escapeHtml(m.country?.name ?? m.name)).join(', ');
    const detail = [t.against ? `against: ${positions('against')}` : '', t.abstaining ? `abstaining: ${positions('abstaining')}` : ''].filter(Boolean).join('; ');
    // Another stored document is linked (a press summary by its id); the resolution's own record is named.
    const source = recordedIn ? `<a href="${escapeHtml(storedHref(recordedIn))}">${escapeHtml(from ?? '')}</a>` : escapeHtml(from ?? '');
    return [
      symbolLink(symbol),
      `${t.inFavour}–${t.against}–${t.abstaining}${vote.unanimous ? ' (unanimous)' : ''}`,
      detail || '—',
      vote.flags.length ? escapeHtml(vote.flags.join('; ')) : '—',
      source,
    ];
  });
  return table(['Resolution', 'In favour–against–abstaining', 'Not in favour', 'Checks', 'Recorded in'], rows, { className: 'data' });
}

export function missionPage(data: MissionPageData): string {
  const { record } = data;
  const name = record.mission.acronym ?? record.mission.name ?? 'Mission';
  const current = record.current;
  const body = `<h1>${escapeHtml(name)}${record.mission.acronym && record.mission.name ? ` <span class="subtitle">${escapeHtml(record.mission.name)}</span>` : ''}</h1>
${currentMandate(record)}
<nav class="page-nav"><a href="#timeline">Timeline</a> <a href="#tasks">Tasks</a> <a href="#reports">Reports</a> <a href="#deployment">Deployment</a> <a href="#votes">Votes</a></nav>
<section id="timeline"><h2>Resolutions over time</h2>
${mandateTimelineChart(record.resolutions, record.today)}
${ceilingsChart(record.resolutions)}</section>
<section id="tasks"><h2>Tasks of the mandate in force</h2>${current ? `<p>From ${symbolLink(current.tasksFrom ?? current.symbol)}.</p>${tasksList(data.tasks, current.tasksFrom ?? current.symbol)}` : ''}</section>
<section id="reports"><h2>Reporting calendar</h2>${calendarTable(record)}</section>
<section id="deployment"><h2>Deployment</h2>${deploymentSection(data.deployment)}</section>
<section id="votes"><h2>Votes</h2>${votesTable(data.votes)}</section>`;
  return page({ title: name, section: 'missions', body });
}
