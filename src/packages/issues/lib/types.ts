import type { InputOf, OutputOf } from '../../../api/types';

/** The issue function's request and reply types, named once for both subpackages. */
export type FormOptions = OutputOf<'issues', 'formOptions'>;
export type Category = FormOptions['categories'][number];
export type ReportInput = InputOf<'issues', 'report'>;
export type ReportResult = OutputOf<'issues', 'report'>;
export type IssueDetail = OutputOf<'issues', 'get'>;
export type TimelineEntry = IssueDetail['timeline'][number];
export type IssueItem = OutputOf<'issues', 'mine'>['items'][number];
export type MinePage = OutputOf<'issues', 'mine'>;
export type SimilarItem = OutputOf<'issues', 'similar'>['items'][number];
export type Satisfaction = InputOf<'issues', 'callback'>['satisfaction'];
export type QueueName = InputOf<'issues', 'queue'>['queue'];
export type QueueCount = OutputOf<'issues', 'queueCounts'>['queues'][number];
export type QueuePage = OutputOf<'issues', 'queue'>;
export type IssueStateName = NonNullable<InputOf<'issues', 'queue'>['state']>;
export type Communities = OutputOf<'issues', 'grids'>['communities'];
export type StaffCategory = OutputOf<'issues', 'categories'>['categories'][number];
export type StatsInput = InputOf<'issues', 'stats'>;
export type GroupBy = StatsInput['groupBy'];
export type Stats = OutputOf<'issues', 'stats'>;
export type StatRow = Stats['rows'][number];
