import type { FormRules } from 'element-plus';
import type { SortOf } from '@/api/types';
import type { ListColumn } from '@/components/data-list';
import type { TrainingGap, TrainingTopic } from '@/modules/staff/training-api';
import { compareZh } from '@/utils/collate';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/**
 * Sorts the training-gap list may ask the server for. FOLLOW-UP(sort): empty until
 * `GET /training/gaps` declares `sort` in the contract.
 */
export const GAP_SORTS: readonly SortOf<'listTrainingGaps'>[] = [];

/** The topics' columns; the topic list is sorted in the browser (names by pinyin). */
export function topicColumns(t: Translate): ListColumn<TrainingTopic>[] {
  return [
    { key: 'name', label: t('training.topics.name'), minWidth: 200, card: 'title', sortable: true },
    {
      key: 'required',
      label: t('training.topics.required'),
      minWidth: 80,
      sortable: true,
      value: (row) => (row.required ? t('common.labels.yes') : t('common.labels.no')),
    },
  ];
}

/** The sort value of a topic column (required topics first when ascending). */
export function topicSortValue(topic: TrainingTopic, key: string): string | number {
  return key === 'required' ? (topic.required ? 0 : 1) : topic.name;
}

/** The training-gap list's columns (table, phone cards and export). */
export function gapColumns(t: Translate): ListColumn<TrainingGap>[] {
  return [
    { key: 'name', label: t('training.gaps.name'), minWidth: 110, card: 'title' },
    { key: 'grade', label: t('training.gaps.grade'), minWidth: 120, value: (row) => t(`enums.grade.${row.grade}`) },
    {
      key: 'missingTopics',
      label: t('training.gaps.missing'),
      minWidth: 240,
      value: (row) => missingTopicNames(row).join('、'),
    },
  ];
}

/** A gap's missing topics, by pinyin. */
export function missingTopicNames(gap: TrainingGap): string[] {
  return gap.missingTopics.map((topic) => topic.name).sort(compareZh);
}

/** Rules of the new-topic form. */
export function topicRules(t: Translate): FormRules {
  return {
    name: [
      { required: true, whitespace: true, message: t('validation.required'), trigger: 'blur' },
      { max: 100, message: t('validation.client.maxLength', { n: 100 }), trigger: 'blur' },
    ],
  };
}
