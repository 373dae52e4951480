import type { FormItemRule, FormRules } from 'element-plus';
import { customerKindValues } from '@/api/schema';
import type { ListColumn } from '@/components/data-list';
import type { ContactRow } from '@/components/contacts-editor';
import type { Customer, CustomerKind, Site, SiteInput } from '@/modules/customers/api';
import { formatScaled, parseScaled } from '@/utils/decimal';
import { isValidPhone } from '@/utils/phone';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

export const CUSTOMER_KINDS: readonly CustomerKind[] = customerKindValues;

/** Whether a URL value is a customer kind (for the list's filter). */
export const isCustomerKind = (value: string): value is CustomerKind =>
  (CUSTOMER_KINDS as readonly string[]).includes(value);

/** The server's limits of customers and sites (customers/customer.hpp, site.hpp). */
export const CUSTOMER_LIMITS = {
  nameMax: 100,
  notesMax: 1000,
  streetMax: 200,
  accessNotesMax: 500,
  floorMin: -5,
  floorMax: 200,
  /** Mainland China in millionths of a degree, as the server accepts a point. */
  latMinE6: 3_000_000,
  latMaxE6: 54_000_000,
  lngMinE6: 73_000_000,
  lngMaxE6: 136_000_000,
} as const;

/** Coordinates are millionths of a degree on the wire, degrees with up to six decimals on screen. */
export const COORDINATE_PLACES = 6;

/** The customer list's filters, as the URL carries them ('' = any). */
export interface CustomerFilters {
  [key: string]: string;
  q: string;
  kind: CustomerKind | '';
}

/** The first contact as "name phone", for the list. */
export function mainContactOf(customer: Customer): string {
  const first = customer.contacts[0];
  return first ? `${first.name} ${first.phone}` : '';
}

/** The customer list's columns (table, phone cards and export). */
export function customerColumns(t: Translate): ListColumn<Customer>[] {
  return [
    { key: 'name', label: t('customers.fields.name'), minWidth: 220, card: 'title', fixed: 'left' },
    {
      key: 'kind',
      label: t('customers.fields.kind'),
      minWidth: 80,
      value: (row) => t(`enums.customerKind.${row.kind}`),
    },
    { key: 'phone', label: t('customers.fields.phone'), minWidth: 130, value: (row) => row.phone ?? '' },
    { key: 'contact', label: t('customers.fields.mainContact'), minWidth: 170, value: mainContactOf },
    {
      key: 'contactCount',
      label: t('customers.fields.contactCount'),
      minWidth: 80,
      align: 'right',
      value: (row) => row.contacts.length,
      export: { kind: 'number', value: (row) => row.contacts.length },
    },
    { key: 'notes', label: t('customers.fields.notes'), minWidth: 200, card: 'hidden' },
  ];
}

/** Fields of the customer form, in the order they are shown. */
export const CUSTOMER_FORM_FIELDS = ['kind', 'name', 'phone', 'notes', 'contacts'] as const;

/** What the customer form edits. */
export interface CustomerFormModel {
  kind: CustomerKind;
  name: string;
  phone: string;
  notes: string;
  contacts: ContactRow[];
  version: number;
}

/** An empty customer form (a company: most customers are). */
export function emptyCustomerForm(): CustomerFormModel {
  return { kind: 'company', name: '', phone: '', notes: '', contacts: [], version: 0 };
}

/** The form of a stored customer. */
export function customerFormOf(customer: Customer): CustomerFormModel {
  return {
    kind: customer.kind,
    name: customer.name,
    phone: customer.phone ?? '',
    notes: customer.notes,
    contacts: customer.contacts.map((c) => ({ id: c.id, name: c.name, phone: c.phone, title: c.title })),
    version: customer.version,
  };
}

const phoneRule = (t: Translate): FormItemRule => ({
  validator: ((_rule, value, callback) => {
    const phone = String(value ?? '').trim();
    if (phone && !isValidPhone(phone)) callback(new Error(t('validation.invalid_phone')));
    else callback();
  }) as Validator,
  trigger: 'blur',
});

/** Client-side rules of the customer form (the contacts' rules are the contacts editor's). */
export function customerFormRules(t: Translate): FormRules {
  return {
    kind: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    name: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      {
        max: CUSTOMER_LIMITS.nameMax,
        message: t('validation.client.maxLength', { n: CUSTOMER_LIMITS.nameMax }),
        trigger: 'blur',
      },
    ],
    phone: [phoneRule(t)],
    notes: [
      {
        max: CUSTOMER_LIMITS.notesMax,
        message: t('validation.client.maxLength', { n: CUSTOMER_LIMITS.notesMax }),
        trigger: 'blur',
      },
    ],
  };
}

// ---- Sites ----

/** Fields of the site form, in the order they are shown. */
export const SITE_FORM_FIELDS = [
  'divisionCode',
  'street',
  'latE6',
  'lngE6',
  'floor',
  'hasLift',
  'accessNotes',
] as const;

/** What the site form edits: the division's code, coordinates as typed (degrees). */
export interface SiteFormModel {
  /** The site's division (6 digits, as the division cascader holds it), '' before one is chosen. */
  divisionCode: string;
  street: string;
  /** Degrees as typed; both empty: the division's seat is used. */
  latitude: string;
  longitude: string;
  floor: number | undefined;
  hasLift: '' | 'yes' | 'no';
  accessNotes: string;
  version: number;
}

/** An empty site form. */
export function emptySiteForm(): SiteFormModel {
  return {
    divisionCode: '',
    street: '',
    latitude: '',
    longitude: '',
    floor: undefined,
    hasLift: '',
    accessNotes: '',
    version: 0,
  };
}

/**
 * The form of a stored site. An approximate point (the seat) is left empty, so saving without
 * touching it keeps it approximate.
 */
export function siteFormOf(site: Site): SiteFormModel {
  return {
    divisionCode: site.divisionCode,
    street: site.street,
    latitude: site.approximate ? '' : formatScaled(site.latE6, COORDINATE_PLACES),
    longitude: site.approximate ? '' : formatScaled(site.lngE6, COORDINATE_PLACES),
    floor: site.floor ?? undefined,
    hasLift: site.hasLift === null ? '' : site.hasLift ? 'yes' : 'no',
    accessNotes: site.accessNotes ?? '',
    version: site.version,
  };
}

/** The request body of a checked site form, for a customer's or a dealer's site. */
export function siteInputOf(form: SiteFormModel, owner: { customerId?: number; dealerId?: number }): SiteInput {
  const lat = form.latitude.trim() === '' ? null : parseScaled(form.latitude, COORDINATE_PLACES);
  const lng = form.longitude.trim() === '' ? null : parseScaled(form.longitude, COORDINATE_PLACES);
  const notes = form.accessNotes.trim();
  return {
    ...(owner.customerId ? { customerId: owner.customerId } : {}),
    ...(owner.dealerId ? { dealerId: owner.dealerId } : {}),
    divisionCode: form.divisionCode,
    street: form.street.trim(),
    latE6: lat,
    lngE6: lng,
    floor: form.floor ?? null,
    hasLift: form.hasLift === '' ? null : form.hasLift === 'yes',
    accessNotes: notes === '' ? null : notes,
  };
}

function coordinateRule(t: Translate, min: number, max: number, other: () => string): Validator {
  return (_rule, value, callback) => {
    const text = String(value ?? '').trim();
    if (text === '') {
      // Half a point is no point: the server wants both or neither.
      if (other().trim() !== '') return callback(new Error(t('customers.sites.form.bothCoordinates')));
      return callback();
    }
    const e6 = parseScaled(text, COORDINATE_PLACES);
    if (e6 === null) return callback(new Error(t('validation.client.invalidDecimal', { n: COORDINATE_PLACES })));
    if (e6 < min || e6 > max) return callback(new Error(t('customers.sites.form.outsideChina')));
    callback();
  };
}

/** Client-side rules of the site form, as the server checks them (customers/site.cpp). */
export function siteFormRules(t: Translate, form: () => SiteFormModel): FormRules {
  const l = CUSTOMER_LIMITS;
  return {
    divisionCode: [{ required: true, message: t('validation.required'), trigger: 'change' }],
    street: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      { max: l.streetMax, message: t('validation.client.maxLength', { n: l.streetMax }), trigger: 'blur' },
    ],
    latitude: [{ validator: coordinateRule(t, l.latMinE6, l.latMaxE6, () => form().longitude), trigger: 'blur' }],
    longitude: [{ validator: coordinateRule(t, l.lngMinE6, l.lngMaxE6, () => form().latitude), trigger: 'blur' }],
    accessNotes: [
      { max: l.accessNotesMax, message: t('validation.client.maxLength', { n: l.accessNotesMax }), trigger: 'blur' },
    ],
  };
}

/** A site's point as "36.66512, 117.12593" (degrees). */
export function formatPoint(site: Pick<Site, 'latE6' | 'lngE6'>): string {
  return `${formatScaled(site.latE6, COORDINATE_PLACES)}, ${formatScaled(site.lngE6, COORDINATE_PLACES)}`;
}

/** The site's address in one line: division and street. */
export function addressOf(site: Pick<Site, 'divisionName' | 'street'>): string {
  return `${site.divisionName} ${site.street}`;
}
