import { get, post, type RequestOptions } from '@/api/client';
import type { QueryOf, Schemas } from '@/api/types';

export type TrainingTopic = Schemas['TrainingTopic'];
export type TrainingTopicInput = Schemas['TrainingTopicInput'];
export type TrainingRecord = Schemas['TrainingRecord'];
export type TrainingInput = Schemas['TrainingInput'];
export type TrainingResult = Schemas['TrainingResult'];
export type TrainingGap = Schemas['TrainingGap'];
export type TrainingGapPage = Schemas['TrainingGapPage'];
export type ListTrainingGapsQuery = QueryOf<'listTrainingGaps'>;

/** All training topics. */
export function listTrainingTopics(options?: RequestOptions): Promise<TrainingTopic[]> {
  return get<TrainingTopic[]>('/training/topics', undefined, options);
}

/** Adds a training topic. */
export function createTrainingTopic(body: TrainingTopicInput, options?: RequestOptions): Promise<TrainingTopic> {
  return post<TrainingTopic>('/training/topics', body, options);
}

/** Staff who miss a passed required topic. */
export function listTrainingGaps(query: ListTrainingGapsQuery, options?: RequestOptions): Promise<TrainingGapPage> {
  return get<TrainingGapPage>('/training/gaps', query, options);
}

/** Training records of one staff member, newest first. */
export function listStaffTrainings(staffId: number): Promise<TrainingRecord[]> {
  return get<TrainingRecord[]>(`/staff/${staffId}/trainings`);
}

/** Records a training session for a staff member. */
export function recordTraining(
  staffId: number,
  body: TrainingInput,
  options?: RequestOptions,
): Promise<TrainingRecord> {
  return post<TrainingRecord>(`/staff/${staffId}/trainings`, body, options);
}
