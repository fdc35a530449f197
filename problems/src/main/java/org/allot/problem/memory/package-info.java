/**
 * The memory family: static memory allocation (packing, MiniMalloc's problem) and memory mapping
 * (the mallocGame). {@link org.allot.problem.memory.Memory} is the problem and its evaluator;
 * {@link org.allot.problem.memory.MinimallocCsvFormat} and
 * {@link org.allot.problem.memory.MappingJsonFormat} read and write instances;
 * {@link org.allot.problem.memory.WorkloadGenerator} and
 * {@link org.allot.problem.memory.RandomMemoryGenerator} make them;
 * {@link org.allot.problem.memory.MallocGameEnvironment} is the MDP view, built on
 * {@link org.allot.problem.memory.CanonicalOffsets} and
 * {@link org.allot.problem.memory.MemoryBoundedness}, which solvers share.
 */
package org.allot.problem.memory;
