using OneWorkforce.Core.Workforce;

namespace OneWorkforce.UnitTests.Workforce;

public sealed class DisclosureTests
{
    [Fact]
    public void A_list_with_one_small_count_hides_it_and_the_next_smallest_so_the_total_gives_nothing_away()
    {
        // Gender of 33 people: 20 female, 10 male, 3 another way. Hiding only the 3 would leave it as 33 − 20 − 10.
        var hidden = Disclosure.Suppress([20L, 10, 3]);

        Assert.Equal([false, true, true, false], hidden);
    }

    [Fact]
    public void Counts_of_five_or_more_and_zeros_are_shown()
    {
        Assert.Equal([false, false, false, false], Disclosure.Suppress([5L, 0, 12]));
    }

    [Fact]
    public void Two_small_counts_protect_each_other()
    {
        Assert.Equal([false, true, true, false], Disclosure.Suppress([40L, 2, 4]));
    }

    [Fact]
    public void A_table_where_primary_suppression_alone_would_leak_a_cell_gets_secondary_suppression()
    {
        // Qualification level (rows) by sector (columns). Only the 2 is under 5; with totals shown,
        // 2 = row total 32 − 30, so a second cell in its row and column must go, and then one more to close the rectangle.
        long[,] counts =
        {
            { 30, 2, 12 },
            { 25, 9, 40 },
            { 14, 7, 18 },
        };
        var primaryOnly = new bool[4, 4];
        primaryOnly[0, 1] = true;
        Assert.Equal([(0, 1)], Disclosure.Disclosed(Disclosure.WithTotals(counts), primaryOnly));

        var hidden = Disclosure.Suppress(counts);

        Assert.True(hidden[0, 1]);
        Assert.Empty(Disclosure.Disclosed(Disclosure.WithTotals(counts), hidden));
        Assert.False(hidden[3, 3]); // the grand total is still shown
        for (var r = 0; r < 4; r++)
        {
            var row = Enumerable.Range(0, 4).Count(c => hidden[r, c]);
            Assert.True(row is 0 or >= 2, $"row {r} has {row} hidden cell(s)");
        }
        for (var c = 0; c < 4; c++)
        {
            var column = Enumerable.Range(0, 4).Count(r => hidden[r, c]);
            Assert.True(column is 0 or >= 2, $"column {c} has {column} hidden cell(s)");
        }
    }

    [Fact]
    public void A_small_row_total_is_itself_hidden_and_protected()
    {
        long[,] counts = { { 1, 2 }, { 30, 40 } };

        var hidden = Disclosure.Suppress(counts);

        Assert.True(hidden[0, 0] && hidden[0, 1] && hidden[0, 2]); // 1, 2 and their total 3
        Assert.Empty(Disclosure.Disclosed(Disclosure.WithTotals(counts), hidden));
    }

    [Fact]
    public void Random_tables_never_leave_a_hidden_cell_that_can_be_worked_out()
    {
        var random = new Random(7);
        for (var run = 0; run < 1000; run++)
        {
            var rows = random.Next(1, 8);
            var columns = random.Next(1, 8);
            var counts = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    counts[r, c] = random.NextDouble() < 0.3 ? random.Next(0, 5) : random.Next(0, 60);
                }
            }
            var hidden = Disclosure.Suppress(counts);
            var table = Disclosure.WithTotals(counts);
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    if (table[r, c] is > 0 and < 5)
                    {
                        Assert.True(hidden[r, c], $"run {run}: a count of {table[r, c]} is shown");
                    }
                }
            }
            var leaked = Disclosure.Disclosed(table, hidden);
            Assert.True(leaked.Count == 0, $"run {run}: {Show(table, hidden)} leaks {string.Join(", ", leaked)}");
        }
    }

    [Fact]
    public void The_graph_check_finds_exactly_the_cells_linear_algebra_finds_on_any_pattern_of_hidden_cells()
    {
        var random = new Random(1701);
        for (var run = 0; run < 3000; run++)
        {
            var rows = random.Next(1, 7);
            var columns = random.Next(1, 7);
            var counts = new long[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    counts[r, c] = random.Next(0, 30);
                }
            }
            var table = Disclosure.WithTotals(counts);
            var hidden = new bool[rows + 1, columns + 1];
            var share = random.NextDouble();
            for (var r = 0; r <= rows; r++)
            {
                for (var c = 0; c <= columns; c++)
                {
                    hidden[r, c] = random.NextDouble() < share;
                }
            }
            var byGraph = Disclosure.Disclosed(table, hidden).Order().ToList();
            var byAlgebra = Disclosure.DisclosedByAlgebra(table, hidden).Order().ToList();
            Assert.True(byGraph.SequenceEqual(byAlgebra), $"run {run}: {Show(table, hidden)}: graph {string.Join(", ", byGraph)}, algebra {string.Join(", ", byAlgebra)}");
        }
    }

    [Fact]
    public void A_table_of_500_organisations_is_suppressed_safely()
    {
        var random = new Random(500);
        var counts = new long[500, 6];
        for (var r = 0; r < 500; r++)
        {
            for (var c = 0; c < 6; c++)
            {
                counts[r, c] = random.NextDouble() < 0.5 ? random.Next(0, 5) : random.Next(0, 80);
            }
        }
        var hidden = Disclosure.Suppress(counts);
        Assert.Empty(Disclosure.Disclosed(Disclosure.WithTotals(counts), hidden));
        Assert.True(hidden[500, 6] == false, "the grand total is shown");
    }

    private static string Show(long[,] table, bool[,] hidden) => string.Join(" / ", Enumerable.Range(0, table.GetLength(0)).Select(r =>
        string.Join(" ", Enumerable.Range(0, table.GetLength(1)).Select(c => hidden[r, c] ? $"[{table[r, c]}]" : table[r, c].ToString()))));

    [Fact]
    public void The_threshold_can_be_set()
    {
        Assert.Equal([false, false, false, false], Disclosure.Suppress([20L, 10, 3], threshold: 3));
        Assert.Equal([true, true, false, false], Disclosure.Suppress([8L, 9, 30], threshold: 10));
    }
}
