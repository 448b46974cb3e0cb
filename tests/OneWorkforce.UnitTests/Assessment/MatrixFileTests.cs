using OneWorkforce.Core.Assessment;

namespace OneWorkforce.UnitTests.Assessment;

public sealed class MatrixFileTests
{
    private static readonly string[] SeedHeader =
        ["", "Define what's needed", "Get the right people to help", "Develop it", "Get it working across the workforce", "Ensure it makes a difference",
         "Make it user friendly", "Get it established day-to-day", "Regularly review and improve"];

    private static readonly string[] SeedArcNames =
        ["Shared identity, purpose and vision", "Common values and language", "Behaviours focused on positive outcomes", "Integrated working practices",
         "High quality, appropriately trained workforce", "Complementary roles", "Capacity to deliver & keep children safe", "FCM outcomes"];

    private static List<(int, IReadOnlyList<string>)> SeedRows() =>
        Enumerable.Range(0, 8).Select(a => (a + 2, (IReadOnlyList<string>)[SeedArcNames[a], .. Enumerable.Range(0, 8).Select(s =>
            MatrixAnalysisTests.AppendixE[a, s].ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))])).ToList();

    [Fact]
    public void The_seed_table_as_printed_reads_into_all_64_cells()
    {
        var (matrix, problems) = MatrixFile.Read("appendix-e.csv", SeedHeader, SeedRows());

        Assert.Empty(problems);
        Assert.Equal(64, matrix!.Scores.Count);
        Assert.Equal(2.2m, matrix.Scores[(7, 2)]);
        Assert.Equal(4.1m, matrix.Scores[(8, 8)]);
    }

    [Fact]
    public void Text_in_a_score_cell_and_scores_outside_1_to_5_are_reported_with_row_and_column()
    {
        var rows = SeedRows();
        rows[0] = (2, ["Shared identity, purpose and vision", "high", "2.6", "3.2", "4.3", "4.1", "3.3", "3.3", "3.5"]);
        rows[1] = (3, ["Common values and language", "2.9", "6", "2.6", "3.3", "3.8", "2.7", "2.7", "0.5"]);

        var (matrix, problems) = MatrixFile.Read("scores.csv", SeedHeader, rows);

        Assert.Null(matrix);
        Assert.Equal(3, problems.Count);
        Assert.Equal((2, "Define what's needed", "high"), (problems[0].Row, problems[0].Column, problems[0].Value));
        Assert.Contains("must be a number from 1 to 5", problems[0].Message);
        Assert.Equal((3, "Get the right people to help"), (problems[1].Row, problems[1].Column));
        Assert.Contains("from 1 (fragmented) to 5", problems[1].Message);
    }

    [Fact]
    public void A_matrix_of_the_wrong_shape_is_refused()
    {
        var (_, missingStage) = MatrixFile.Read("scores.csv", SeedHeader[..8], SeedRows());
        Assert.Contains("has 7 stage columns", Assert.Single(missingStage).Message);

        var (_, missingArc) = MatrixFile.Read("scores.csv", SeedHeader, SeedRows().Take(7).ToList());
        Assert.Contains("Missing: Every Child Matters outcomes", Assert.Single(missingArc).Message);

        var rows = SeedRows();
        rows[2] = (4, ["Team spirit", "3"]);
        var (_, unknownArc) = MatrixFile.Read("scores.csv", SeedHeader, rows);
        Assert.Equal((4, "Team spirit"), (unknownArc[0].Row, unknownArc[0].Value));

        var (_, badHeading) = MatrixFile.Read("scores.csv", [.. SeedHeader[..8], "Celebrate"], SeedRows());
        Assert.Equal("Celebrate", badHeading[0].Column);
    }
}
