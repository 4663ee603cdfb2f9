/** The anchor of a ready answer on /answers: `#answer-<id>`. */
export const answerId = (id: string) => `answer-${id}`;
