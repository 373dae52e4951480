import type { FormRules } from 'element-plus';
import type { FieldViolation } from '@/api/api-error';
import type { ListColumn } from '@/components/data-list';
import type { Product, ProductInput } from '@/modules/catalog/api';
import { formatScaled, parseScaled } from '@/utils/decimal';
import type { SheetRows } from '@/utils/sheet';

type Translate = (key: string, values?: Record<string, unknown>) => string;
type Validator = (rule: unknown, value: unknown, callback: (error?: Error) => void) => void;

/** The server's limits of a product (catalog/product.hpp), so the form says so before sending. */
export const PRODUCT_LIMITS = {
  modelMax: 50,
  nameMax: 100,
  seriesMax: 50,
  skillMax: 50,
  piecesMax: 999,
  volumeMaxL: 50_000,
  weightMaxG: 5_000_000,
  installMinutesMax: 24 * 60,
  installersMax: 20,
  importRowsMax: 2000,
} as const;

/** Litres and grams on the wire, m³ and kg on screen: three decimal places each. */
export const UNIT_PLACES = 3;

/** Volume of a packed unit in m³ for display ("0.23"), from the API's litres. */
export const formatVolume = (litres: number): string => formatScaled(litres, UNIT_PLACES);
/** Weight of a packed unit in kg for display ("45"), from the API's grams. */
export const formatWeight = (grams: number): string => formatScaled(grams, UNIT_PLACES);
/** m³ text → litres, null when not a number with at most three decimals. */
export const parseVolume = (m3: string): number | null => parseScaled(m3, UNIT_PLACES);
/** kg text → grams, null when not a number with at most three decimals. */
export const parseWeight = (kg: string): number | null => parseScaled(kg, UNIT_PLACES);

/** Whether a skill is a key the server accepts: a lower-case letter, then letters, digits or _. */
export const isSkillKey = (skill: string): boolean =>
  skill.length <= PRODUCT_LIMITS.skillMax && /^[a-z][a-z0-9_]*$/.test(skill);

/** The product list's filters, as the URL carries them ('' = any). */
export interface ProductFilters {
  [key: string]: string;
  q: string;
  series: string;
  active: '' | 'true' | 'false';
}

/** Whether a URL value is an `active` filter value. */
export const isActiveFilter = (value: string): boolean => value === 'true' || value === 'false';

/** The product list's columns (table, phone cards and export). */
export function productColumns(t: Translate): ListColumn<Product>[] {
  return [
    { key: 'model', label: t('catalog.fields.model'), minWidth: 120, card: 'title', fixed: 'left' },
    { key: 'name', label: t('catalog.fields.name'), minWidth: 200 },
    { key: 'series', label: t('catalog.fields.series'), minWidth: 110 },
    {
      key: 'piecesPerUnit',
      label: t('catalog.fields.piecesPerUnit'),
      minWidth: 90,
      align: 'right',
      export: { kind: 'number', value: (row) => row.piecesPerUnit },
    },
    {
      key: 'volumeL',
      label: t('catalog.fields.volumeM3'),
      minWidth: 100,
      align: 'right',
      value: (row) => formatVolume(row.volumeL),
      export: { kind: 'number', value: (row) => Number(formatVolume(row.volumeL)) },
    },
    {
      key: 'weightG',
      label: t('catalog.fields.weightKg'),
      minWidth: 100,
      align: 'right',
      value: (row) => formatWeight(row.weightG),
      export: { kind: 'number', value: (row) => Number(formatWeight(row.weightG)) },
    },
    {
      key: 'installMinutesPerUnit',
      label: t('catalog.fields.installMinutesPerUnit'),
      minWidth: 110,
      align: 'right',
      export: { kind: 'number', value: (row) => row.installMinutesPerUnit },
    },
    {
      key: 'installersNeeded',
      label: t('catalog.fields.installersNeeded'),
      minWidth: 100,
      align: 'right',
      export: { kind: 'number', value: (row) => row.installersNeeded },
    },
    { key: 'skill', label: t('catalog.fields.skill'), minWidth: 110, value: (row) => row.skill ?? '' },
    {
      key: 'active',
      label: t('catalog.fields.active'),
      minWidth: 80,
      value: (row) => (row.active ? t('common.labels.yes') : t('common.labels.no')),
    },
  ];
}

/** Fields of the product form, in the order they are shown. */
export const PRODUCT_FORM_FIELDS = [
  'model',
  'name',
  'series',
  'piecesPerUnit',
  'volumeL',
  'weightG',
  'installMinutesPerUnit',
  'installersNeeded',
  'skill',
  'active',
] as const;

/** What the product form edits: volume and weight as typed (m³, kg). */
export interface ProductFormModel {
  model: string;
  name: string;
  series: string;
  piecesPerUnit: number;
  volumeL: string;
  weightG: string;
  installMinutesPerUnit: number;
  installersNeeded: number;
  skill: string;
  active: boolean;
  version: number;
}

/** An empty product form. */
export function emptyProductForm(): ProductFormModel {
  return {
    model: '',
    name: '',
    series: '',
    piecesPerUnit: 1,
    volumeL: '',
    weightG: '',
    installMinutesPerUnit: 0,
    installersNeeded: 0,
    skill: '',
    active: true,
    version: 0,
  };
}

/** The form of a stored product. */
export function productFormOf(product: Product): ProductFormModel {
  return {
    model: product.model,
    name: product.name,
    series: product.series,
    piecesPerUnit: product.piecesPerUnit,
    volumeL: formatVolume(product.volumeL),
    weightG: formatWeight(product.weightG),
    installMinutesPerUnit: product.installMinutesPerUnit,
    installersNeeded: product.installersNeeded,
    skill: product.skill ?? '',
    active: product.active,
    version: product.version,
  };
}

/** The request body of a checked form (trimmed; volume and weight in litres and grams). */
export function productInputOf(form: ProductFormModel): ProductInput & { active: boolean } {
  const skill = form.skill.trim();
  return {
    model: form.model.trim(),
    name: form.name.trim(),
    series: form.series.trim(),
    piecesPerUnit: form.piecesPerUnit,
    volumeL: parseVolume(form.volumeL) ?? 0,
    weightG: parseWeight(form.weightG) ?? 0,
    installMinutesPerUnit: form.installMinutesPerUnit,
    installersNeeded: form.installersNeeded,
    skill: skill === '' ? null : skill,
    active: form.active,
  };
}

function scaledRule(t: Translate, parse: (text: string) => number | null, max: number): Validator {
  return (_rule, value, callback) => {
    const text = String(value ?? '').trim();
    if (text === '') return callback();
    const scaled = parse(text);
    if (scaled === null) return callback(new Error(t('validation.client.invalidDecimal', { n: UNIT_PLACES })));
    if (scaled < 1 || scaled > max) return callback(new Error(t('validation.out_of_range')));
    callback();
  };
}

/**
 * Client-side rules of the product form, as the server checks them (catalog/product.cpp);
 * `form` reads the other fields for the rule that install minutes and installers go together.
 */
export function productFormRules(t: Translate, form: () => ProductFormModel): FormRules {
  const required = { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' };
  const max = (n: number) => ({ max: n, message: t('validation.client.maxLength', { n }), trigger: 'blur' });
  return {
    model: [required, max(PRODUCT_LIMITS.modelMax)],
    name: [required, max(PRODUCT_LIMITS.nameMax)],
    series: [max(PRODUCT_LIMITS.seriesMax)],
    volumeL: [required, { validator: scaledRule(t, parseVolume, PRODUCT_LIMITS.volumeMaxL), trigger: 'blur' }],
    weightG: [required, { validator: scaledRule(t, parseWeight, PRODUCT_LIMITS.weightMaxG), trigger: 'blur' }],
    installersNeeded: [
      {
        validator: ((_rule, value, callback) => {
          const minutes = form().installMinutesPerUnit;
          if (minutes > 0 && value === 0) callback(new Error(t('catalog.form.installersForMinutes')));
          else if (minutes === 0 && typeof value === 'number' && value > 0) {
            callback(new Error(t('catalog.form.minutesForInstallers')));
          } else callback();
        }) as Validator,
        trigger: 'change',
      },
    ],
    skill: [
      {
        validator: ((_rule, value, callback) => {
          const text = String(value ?? '').trim();
          if (text !== '' && !isSkillKey(text)) callback(new Error(t('catalog.form.skillPattern')));
          else callback();
        }) as Validator,
        trigger: 'blur',
      },
    ],
  };
}

// ---- Import: a sheet of products, one row each, read in the browser and sent as JSON rows. ----

/** How a sheet column's cells are read. */
type SheetKind = 'text' | 'integer' | 'decimal' | 'boolean';

/** One column of the import sheet: its key (also in the template's header), the API field it fills. */
export interface SheetField {
  key: string;
  field: keyof ProductInput | 'active';
  kind: SheetKind;
  required: boolean;
}

/** The import sheet's columns, in the template's order. */
export const SHEET_FIELDS: readonly SheetField[] = [
  { key: 'model', field: 'model', kind: 'text', required: true },
  { key: 'name', field: 'name', kind: 'text', required: true },
  { key: 'series', field: 'series', kind: 'text', required: false },
  { key: 'piecesPerUnit', field: 'piecesPerUnit', kind: 'integer', required: true },
  { key: 'volumeM3', field: 'volumeL', kind: 'decimal', required: true },
  { key: 'weightKg', field: 'weightG', kind: 'decimal', required: true },
  { key: 'installMinutesPerUnit', field: 'installMinutesPerUnit', kind: 'integer', required: false },
  { key: 'installersNeeded', field: 'installersNeeded', kind: 'integer', required: false },
  { key: 'skill', field: 'skill', kind: 'text', required: false },
  { key: 'active', field: 'active', kind: 'boolean', required: false },
];

/** One problem of an import: the sheet row (1 = header; null for the whole file), column and reason. */
export interface ImportProblem {
  row: number | null;
  /** A SHEET_FIELDS key, or '' when the problem is not one column's. */
  column: string;
  /** A validation reason (`required`, `duplicate` …) or a client key (`client.invalidInteger`). */
  reason: string;
  /** What the problem refers to, e.g. the stored model a row clashes with. */
  detail?: string;
  /** The sheet row a problem refers to, e.g. the earlier row with the same model. */
  detailRow?: number;
}

/** A sheet read for import: the rows to send, each row's sheet row number, and what is wrong. */
export interface ParsedSheet {
  rows: (ProductInput & { active: boolean })[];
  rowNumbers: number[];
  problems: ImportProblem[];
}

/** The header of a template column: the localized label with the key, e.g. "型号 (model)". */
export function sheetHeader(t: Translate, field: SheetField): string {
  return `${t(`catalog.sheet.${field.key}`)} (${field.key})`;
}

/** Which SHEET_FIELDS key a header names: "… (key)", the key itself or the localized label. */
export function sheetKeyOf(header: string, t: Translate): string | null {
  const text = header.trim();
  const keyed = /\(([A-Za-z0-9]+)\)\s*$/.exec(text);
  const candidate = keyed?.[1] ?? text;
  for (const field of SHEET_FIELDS) {
    if (field.key.toLowerCase() === candidate.toLowerCase()) return field.key;
  }
  for (const field of SHEET_FIELDS) {
    if (t(`catalog.sheet.${field.key}`) === text) return field.key;
  }
  return null;
}

const TRUE_TEXTS = new Set(['1', 'true', 'yes', 'y', '是', '在售', 'TRUE']);
const FALSE_TEXTS = new Set(['0', 'false', 'no', 'n', '否', '停售', 'FALSE']);

/**
 * Reads the sheet's rows into import rows. The first row names the columns (any order; unknown
 * ones are ignored); empty rows are skipped. Cells that cannot be read (a letter in a number, more
 * than three decimals) are problems here; the server checks the rest and answers per row.
 */
export function parseProductSheet(sheet: SheetRows, t: Translate): ParsedSheet {
  const out: ParsedSheet = { rows: [], rowNumbers: [], problems: [] };
  const header = sheet[0];
  if (!header) {
    out.problems.push({ row: null, column: '', reason: 'catalog.import.emptyFile' });
    return out;
  }
  const columnOf = new Map<string, number>();
  header.forEach((cell, index) => {
    const key = sheetKeyOf(cell, t);
    if (key && !columnOf.has(key)) columnOf.set(key, index);
  });
  for (const field of SHEET_FIELDS) {
    if (field.required && !columnOf.has(field.key)) {
      out.problems.push({ row: 1, column: field.key, reason: 'catalog.import.missingColumn' });
    }
  }
  if (out.problems.length > 0) return out;

  sheet.slice(1).forEach((cells, index) => {
    const rowNumber = index + 2;
    if (cells.every((c) => c.trim() === '')) return;
    const cell = (key: string): string => {
      const at = columnOf.get(key);
      return at === undefined ? '' : (cells[at] ?? '').trim();
    };
    const problem = (column: string, reason: string): void => {
      out.problems.push({ row: rowNumber, column, reason });
    };
    const integer = (key: string, fallback: number): number => {
      const text = cell(key);
      if (text === '') return fallback;
      if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
        problem(key, 'validation.client.invalidInteger');
        return 0;
      }
      return Number(text);
    };
    const decimal = (key: string): number => {
      const text = cell(key);
      if (text === '') return 0;
      const value = parseScaled(text, UNIT_PLACES);
      if (value === null) {
        problem(key, 'validation.client.invalidDecimal');
        return 0;
      }
      return value;
    };
    const piecesPerUnit = integer('piecesPerUnit', 0);
    const volumeL = decimal('volumeM3');
    const weightG = decimal('weightKg');
    const installMinutesPerUnit = integer('installMinutesPerUnit', 0);
    const installersNeeded = integer('installersNeeded', 0);
    const skill = cell('skill');
    const activeText = cell('active');
    let active = true;
    if (activeText !== '') {
      if (TRUE_TEXTS.has(activeText) || TRUE_TEXTS.has(activeText.toLowerCase())) active = true;
      else if (FALSE_TEXTS.has(activeText) || FALSE_TEXTS.has(activeText.toLowerCase())) active = false;
      else problem('active', 'invalid_value');
    }
    out.rows.push({
      model: cell('model'),
      name: cell('name'),
      series: cell('series'),
      piecesPerUnit,
      volumeL,
      weightG,
      installMinutesPerUnit,
      installersNeeded,
      skill: skill === '' ? null : skill,
      active,
    });
    out.rowNumbers.push(rowNumber);
  });
  if (out.rows.length === 0 && out.problems.length === 0) {
    out.problems.push({ row: null, column: '', reason: 'catalog.import.noRows' });
  }
  if (out.rows.length > PRODUCT_LIMITS.importRowsMax) {
    out.problems.push({ row: null, column: '', reason: 'catalog.import.tooManyRows' });
  }
  return out;
}

/** The sheet column that shows an API field of a row (volumeL → volumeM3). */
function columnOfField(field: string): string {
  return SHEET_FIELDS.find((f) => f.field === field)?.key ?? field;
}

/**
 * The server's violations of an import (`rows[3].volumeL`, `rows`) as problems of sheet rows: row
 * indexes become the sheet's row numbers, API fields the sheet's columns, and a detail naming
 * another row ("rows[0]") that row's number.
 */
export function problemsOfViolations(
  violations: readonly FieldViolation[],
  rowNumbers: readonly number[],
): ImportProblem[] {
  return violations.map((v) => {
    const match = /^rows\[(\d+)\](?:\.(.+))?$/.exec(v.field);
    const rowRef = v.detail ? /^rows\[(\d+)\]$/.exec(v.detail) : null;
    const referenced = rowRef ? rowNumbers[Number(rowRef[1])] : undefined;
    const about: Pick<ImportProblem, 'detail' | 'detailRow'> =
      referenced !== undefined ? { detailRow: referenced } : v.detail ? { detail: v.detail } : {};
    if (!match) return { row: null, column: '', reason: v.reason, ...about };
    const row = rowNumbers[Number(match[1])] ?? null;
    return { row, column: columnOfField(match[2] ?? ''), reason: v.reason, ...about };
  });
}

/** The template's two example rows (cells in SHEET_FIELDS order). */
export const TEMPLATE_ROWS: readonly (readonly (string | number)[])[] = [
  ['QH-DK1608', '办公桌 1600×800', '启航系列', 3, 0.23, 45, 30, 2, '', '是'],
  ['ZN-SJ1407', '电动升降桌 1400×700（单电机）', '智能升降系列', 4, 0.19, 42, 40, 1, 'electric_desk', '是'],
];
