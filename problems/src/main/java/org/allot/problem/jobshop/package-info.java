/**
 * The job-shop scheduling family: instances ({@link org.allot.problem.jobshop.JobShopInstance}),
 * schedules, the evaluator ({@link org.allot.problem.jobshop.JobShop}), the standard and Taillard
 * formats, Taillard's generator and a random one, and the dispatching environment.
 *
 * <p>Times and durations are integers in the instance's time unit; machines and jobs are
 * numbered from 0 in the API (Taillard's format numbers machines from 1 on disk).
 */
package org.allot.problem.jobshop;
