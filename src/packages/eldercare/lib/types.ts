import type { InputOf, OutputOf } from '../../../api/types';

/** Reply shapes of the `eldercare` function, named once for the pages of this subpackage. */
export type MyElder = OutputOf<'eldercare', 'myElders'>[number];
export type ElderProfile = OutputOf<'eldercare', 'getElder'>;
export type ElderServiceRow = OutputOf<'eldercare', 'servicesForElder'>[number];
export type WindowOption = OutputOf<'eldercare', 'listWindows'>[number];
export type BookerBooking = OutputOf<'eldercare', 'myBookings'>[number];
export type PartnerBooking = OutputOf<'eldercare', 'partnerBookings'>[number];
export type BookingReply = OutputOf<'eldercare', 'getBooking'>;
export type ServiceView = OutputOf<'eldercare', 'partnerServices'>[number];
export type PartnerWindow = OutputOf<'eldercare', 'partnerWindows'>[number];
export type Application = OutputOf<'eldercare', 'listApplications'>[number];
export type Overview = OutputOf<'eldercare', 'overview'>;
export type TimelineEntry = BookerBooking['timeline'][number];
export type BookingStatus = BookerBooking['status'];
export type Difficulty = ElderProfile['difficulty'];
export type Verification = ElderProfile['verification'];
export type Relation = NonNullable<InputOf<'eldercare', 'addElder'>['relation']>;
export type PartnerListView = InputOf<'eldercare', 'partnerBookings'>['view'];
export type Guardian = OutputOf<'eldercare', 'listGuardians'>[number];
export type MyApplication = OutputOf<'eldercare', 'myApplications'>[number];
export type PartnerKind = InputOf<'eldercare', 'applyPartner'>['kind'];
export type ServiceInput = InputOf<'eldercare', 'saveService'>;
export type LinkCode = OutputOf<'eldercare', 'createLinkCode'>;
