/**
 * The capacitated vehicle routing family: instances ({@link org.allot.problem.cvrp.CvrpInstance}),
 * solutions ({@link org.allot.problem.cvrp.CvrpSolution}), the evaluator
 * ({@link org.allot.problem.cvrp.Cvrp}), CVRPLIB's {@code .vrp}
 * ({@link org.allot.problem.cvrp.VrpFormat}) and {@code .sol}
 * ({@link org.allot.problem.cvrp.SolutionFile}) files, Uchoa et al.'s X generator
 * ({@link org.allot.problem.cvrp.XGenerator}) and the construction environment
 * ({@link org.allot.problem.cvrp.ConstructionEnvironment}).
 *
 * <p>Node numbering. Node 0 is the depot; customers are {@code 1..n}. A {@code .vrp} file numbers
 * its nodes {@code 1..DIMENSION}; reading maps the depot (whichever id DEPOT_SECTION names) to 0
 * and the other nodes, in the order of the coordinate section (of the demand section when there
 * are no coordinates), to {@code 1..n}. In the usual file, whose depot is node 1, customer
 * {@code i} is node {@code i + 1}, which is how CVRPLIB's {@code .sol} files number customers.
 * A route lists customers only; the depot at both ends is implicit.
 *
 * <p>Cost convention (the X, A, B, E, F, M and P sets): distances are integers. For EUC_2D the
 * distance is the Euclidean distance rounded to the nearest integer, TSPLIB's
 * {@code nint(d) = (int) (d + 0.5)}; for EXPLICIT it is the file's matrix entry. A solution's
 * cost is the sum over all its arcs, those leaving and entering the depot included; empty routes
 * cost nothing. Best-known values are integers under this convention. The fleet is unlimited
 * unless the instance sets {@code vehicles}: the {@code k} in a name such as {@code X-n101-k25}
 * is {@code ceil(total demand / Q)}, a lower bound on the routes, not a limit.
 *
 * <p>Formats: {@code .vrp} (TSPLIB-95 with CAPACITY, DEMAND_SECTION and DEPOT_SECTION; EUC_2D, or
 * EXPLICIT with the FULL_MATRIX, LOWER_ROW, LOWER_DIAG_ROW, UPPER_ROW, UPPER_DIAG_ROW layouts and
 * their column-wise twins); {@code .sol} ({@code Route #k: c1 c2 ...} lines, then
 * {@code Cost N}). Other TSPLIB edge weight types (GEO, ATT, CEIL_2D, ...) and the unrounded
 * distances of the CMT and Golden sets are not supported.
 */
package org.allot.problem.cvrp;
