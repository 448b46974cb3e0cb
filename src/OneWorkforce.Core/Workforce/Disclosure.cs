namespace OneWorkforce.Core.Workforce;

/// <summary>
/// Disclosure control for shared figures (PRODUCT.md §5). Primary suppression hides every count from 1 to
/// threshold − 1; secondary suppression then hides more cells until no row or column of the table,
/// totals included, has exactly one hidden cell or hidden cells that add up to fewer than the threshold,
/// so neither a hidden cell nor a small group can be worked out by subtracting the cells shown from a total. Zeros are shown: a zero hides nobody.
/// </summary>
public static class Disclosure
{
    public const int DefaultThreshold = 5;

    /// <summary>
    /// Which cells to hide in a table of counts shown with its row totals, column totals and grand total.
    /// The answer has one more row and column than <paramref name="counts"/>: the last row holds the column
    /// totals, the last column the row totals, and the corner the grand total.
    /// </summary>
    public static bool[,] Suppress(long[,] counts, int threshold = DefaultThreshold)
    {
        var table = WithTotals(counts);
        int rows = table.GetLength(0), columns = table.GetLength(1);
        var hidden = new bool[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                hidden[r, c] = table[r, c] > 0 && table[r, c] < threshold;
            }
        }
        // A table of one row (or one column) has its totals equal to its cells: the lines across are trivial.
        var checkRows = columns > 2;
        var checkColumns = rows > 2;
        bool changed;
        do
        {
            changed = false;
            if (checkRows)
            {
                for (var r = 0; r < rows; r++)
                {
                    changed |= Protect(table, hidden, Enumerable.Range(0, columns).Select(c => (r, c)).ToList(), threshold: threshold);
                }
            }
            if (checkColumns)
            {
                for (var c = 0; c < columns; c++)
                {
                    changed |= Protect(table, hidden, Enumerable.Range(0, rows).Select(r => (r, c)).ToList(), threshold: threshold);
                }
            }
        }
        while (changed);
        // The line rule is not enough on its own: chains of rows and columns can still pin a cell down
        // that no single line gives away. Until linear algebra finds nothing, hide one more cell beside each cell it finds.
        while (Disclosed(table, hidden) is { Count: > 0 } disclosed)
        {
            var (row, column) = disclosed[0];
            var line = Enumerable.Range(0, columns).Select(c => (row, c)).Concat(Enumerable.Range(0, rows).Select(r => (r, column))).ToList();
            if (!Protect(table, hidden, line, force: true))
            {
                break;
            }
        }
        return hidden;
    }

    /// <summary>Hides for a list of counts shown with their total: the answer's last entry is the total.</summary>
    public static bool[] Suppress(IReadOnlyList<long> counts, int threshold = DefaultThreshold)
    {
        var table = new long[counts.Count, 1];
        for (var i = 0; i < counts.Count; i++)
        {
            table[i, 0] = counts[i];
        }
        var hidden = Suppress(table, threshold);
        return Enumerable.Range(0, counts.Count + 1).Select(i => hidden[i, 0]).ToArray();
    }

    /// <summary>The counts with a last column of row totals and a last row of column totals.</summary>
    public static long[,] WithTotals(long[,] counts)
    {
        int rows = counts.GetLength(0), columns = counts.GetLength(1);
        var table = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                table[r, c] = counts[r, c];
                table[r, columns] += counts[r, c];
                table[rows, c] += counts[r, c];
                table[rows, columns] += counts[r, c];
            }
        }
        return table;
    }

    /// <summary>
    /// The hidden cells that can still be worked out exactly from the cells shown and the totals. Each hidden cell
    /// appears in exactly two equations (its row's and its column's), so the equations are those of a graph: a node per
    /// line, an edge per hidden cell between its row and its column (lines with no equation, in a table of one row or
    /// one column, are one "free" node). A cell is determined exactly when its edge lies on no cycle, that is when it is
    /// a bridge; bridges are found in time linear in the table (Tarjan), so even a table of 500 organisations checks in
    /// microseconds. <see cref="DisclosedByAlgebra"/> gives the same answer by linear algebra (the tests compare them).
    /// </summary>
    public static IReadOnlyList<(int Row, int Column)> Disclosed(long[,] tableWithTotals, bool[,] hidden)
    {
        int rows = tableWithTotals.GetLength(0), columns = tableWithTotals.GetLength(1);
        var cells = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (hidden[r, c])
                {
                    cells.Add((r, c));
                }
            }
        }
        if (cells.Count == 0)
        {
            return [];
        }
        bool rowEquations = columns > 2, columnEquations = rows > 2;
        var nodes = 1 + rows + columns;
        var adjacent = new List<(int To, int Edge)>[nodes];
        for (var n = 0; n < nodes; n++)
        {
            adjacent[n] = [];
        }
        for (var e = 0; e < cells.Count; e++)
        {
            var u = rowEquations ? 1 + cells[e].Row : 0;
            var v = columnEquations ? 1 + rows + cells[e].Column : 0;
            adjacent[u].Add((v, e));
            adjacent[v].Add((u, e)); // a cell in no equation at all is a loop on the free node: on a cycle, never a bridge
        }
        var bridge = Bridges(adjacent, cells.Count);
        return cells.Where((_, e) => bridge[e]).ToList();
    }

    /// <summary>Which edges of a multigraph are bridges (iterative Tarjan, so a deep graph cannot overflow the stack).</summary>
    private static bool[] Bridges(List<(int To, int Edge)>[] adjacent, int edges)
    {
        var nodes = adjacent.Length;
        var order = new int[nodes];
        var low = new int[nodes];
        Array.Fill(order, -1);
        var bridge = new bool[edges];
        var time = 0;
        var stack = new Stack<(int Node, int ParentEdge, int Next)>();
        for (var start = 0; start < nodes; start++)
        {
            if (order[start] >= 0)
            {
                continue;
            }
            order[start] = low[start] = time++;
            stack.Push((start, -1, 0));
            while (stack.Count > 0)
            {
                var (node, parentEdge, next) = stack.Pop();
                if (next < adjacent[node].Count)
                {
                    stack.Push((node, parentEdge, next + 1));
                    var (to, edge) = adjacent[node][next];
                    if (edge == parentEdge)
                    {
                        continue;
                    }
                    if (order[to] < 0)
                    {
                        order[to] = low[to] = time++;
                        stack.Push((to, edge, 0));
                    }
                    else
                    {
                        low[node] = Math.Min(low[node], order[to]);
                    }
                    continue;
                }
                if (parentEdge >= 0 && stack.Count > 0)
                {
                    var parent = stack.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                    if (low[node] > order[parent])
                    {
                        bridge[parentEdge] = true;
                    }
                }
            }
        }
        return bridge;
    }

    /// <summary>
    /// The same as <see cref="Disclosed"/> by linear algebra over the row and column equations: slow (cubic in the
    /// number of hidden cells), kept as the reference the tests check the graph method against.
    /// </summary>
    public static IReadOnlyList<(int Row, int Column)> DisclosedByAlgebra(long[,] tableWithTotals, bool[,] hidden)
    {
        int rows = tableWithTotals.GetLength(0), columns = tableWithTotals.GetLength(1);
        var unknowns = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (hidden[r, c])
                {
                    unknowns.Add((r, c));
                }
            }
        }
        if (unknowns.Count == 0)
        {
            return [];
        }
        // One equation per line: the cells of a row (or column) sum to its total.
        var equations = new List<double[]>();
        for (var r = 0; r < rows && columns > 2; r++)
        {
            equations.Add(Line(unknowns, u => u.Row == r ? (u.Column == columns - 1 ? -1 : 1) : 0));
        }
        for (var c = 0; c < columns && rows > 2; c++)
        {
            equations.Add(Line(unknowns, u => u.Column == c ? (u.Row == rows - 1 ? -1 : 1) : 0));
        }
        var basis = RowEchelon(equations, unknowns.Count);
        // A cell is determined exactly when its unit vector lies in the span of the equations.
        return unknowns.Where((u, k) =>
        {
            var unit = new double[unknowns.Count];
            unit[k] = 1;
            return InSpan(basis, unit);
        }).ToList();
    }

    private static bool Protect(long[,] table, bool[,] hidden, IReadOnlyList<(int Row, int Column)> line, bool force = false, int threshold = DefaultThreshold)
    {
        if (!force && !NeedsProtection(table, hidden, line, threshold))
        {
            return false;
        }
        var shown = line.Where(cell => !hidden[cell.Row, cell.Column]).ToList();
        if (shown.Count == 0)
        {
            return false;
        }
        // Hide the smallest count that is not a zero (a zero hides nobody), or a zero if nothing else is left.
        var candidates = shown.Where(cell => table[cell.Row, cell.Column] > 0).ToList();
        var chosen = (candidates.Count > 0 ? candidates : shown).OrderBy(cell => table[cell.Row, cell.Column]).First();
        hidden[chosen.Row, chosen.Column] = true;
        return true;
    }

    /// <summary>
    /// A line (its total last) gives a hidden cell away when it hides only one cell, or when the hidden cells
    /// together add up to a small number that the shown total, less the cells shown, tells anyone.
    /// </summary>
    private static bool NeedsProtection(long[,] table, bool[,] hidden, IReadOnlyList<(int Row, int Column)> line, int threshold)
    {
        var hiddenCells = line.Where(cell => hidden[cell.Row, cell.Column]).ToList();
        if (hiddenCells.Count == 1)
        {
            return true;
        }
        var total = line[^1];
        if (hiddenCells.Count == 0 || hidden[total.Row, total.Column])
        {
            return false;
        }
        var hiddenSum = hiddenCells.Sum(cell => table[cell.Row, cell.Column]);
        return hiddenSum > 0 && hiddenSum < threshold;
    }

    private static double[] Line(List<(int Row, int Column)> unknowns, Func<(int Row, int Column), int> coefficient) =>
        unknowns.Select(u => (double)coefficient(u)).ToArray();

    private static List<double[]> RowEchelon(List<double[]> equations, int width)
    {
        var rows = equations.Select(e => (double[])e.Clone()).ToList();
        var basis = new List<double[]>();
        for (var column = 0; column < width && rows.Count > 0; column++)
        {
            var pivot = rows.FindIndex(r => Math.Abs(r[column]) > 1e-9);
            if (pivot < 0)
            {
                continue;
            }
            var p = rows[pivot];
            rows.RemoveAt(pivot);
            for (var i = 0; i < rows.Count; i++)
            {
                var factor = rows[i][column] / p[column];
                if (factor != 0)
                {
                    for (var k = 0; k < width; k++)
                    {
                        rows[i][k] -= factor * p[k];
                    }
                }
            }
            basis.Add(p);
        }
        return basis;
    }

    private static bool InSpan(List<double[]> basis, double[] vector)
    {
        var rest = (double[])vector.Clone();
        foreach (var b in basis)
        {
            var lead = Array.FindIndex(b, x => Math.Abs(x) > 1e-9);
            var factor = rest[lead] / b[lead];
            for (var k = 0; k < rest.Length; k++)
            {
                rest[k] -= factor * b[k];
            }
        }
        return rest.All(x => Math.Abs(x) < 1e-9);
    }
}
