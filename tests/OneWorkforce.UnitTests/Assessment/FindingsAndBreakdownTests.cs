using OneWorkforce.Core.Assessment;

namespace OneWorkforce.UnitTests.Assessment;

public sealed class FindingsAndBreakdownTests
{
    [Fact]
    public void Appendix_E_drafts_strengths_and_areas_to_develop_from_the_highest_and_lowest_figures()
    {
        var draft = FindingsDraft.Draft(MatrixAnalysis.Analyse(MatrixAnalysisTests.AppendixEScores()));

        // Highest arc: Every Child Matters outcomes 3.59; highest cells 4.3 (arc 1 × stage 4), 4.2 (arc 8 × stage 6), 4.1 (arc 1 × stage 5).
        Assert.StartsWith("Every Child Matters outcomes scored highest of the arcs, averaging 3.59", draft.Strengths[0].Text);
        Assert.Equal([(1, 4), (8, 6), (1, 5)], draft.Strengths.Skip(1).Select(f => (f.Arc, f.Stage!.Value)));
        Assert.Equal("Shared identity, purpose and vision: get it working across the workforce scored 4.30, among the highest cells.", draft.Strengths[1].Text);
        // Lowest arc: trained workforce 2.73 (complementary roles is 2.81); lowest cells 2.2 (7 × 2), 2.3 (3 × 3), 2.4 (5 × 8, before 7 × 7 by arc).
        Assert.StartsWith("High quality, appropriately trained workforce scored lowest of the arcs, averaging 2.73", draft.AreasToDevelop[0].Text);
        Assert.Equal([(7, 2), (3, 3), (5, 8)], draft.AreasToDevelop.Skip(1).Take(3).Select(f => (f.Arc, f.Stage!.Value)));
        // Arcs under 3.00 (arc 5 already named as the lowest): common values 2.90, behaviours 2.94, integrated working 3.00 is not under,
        // complementary roles 2.81, capacity to deliver 2.89.
        Assert.Equal([6, 7, 2, 3], draft.AreasToDevelop.Skip(4).Select(f => f.Arc));
        Assert.All(draft.AreasToDevelop.Skip(4), f => Assert.Contains("below the 3.00 taken as reasonable", f.Text));
    }

    [Fact]
    public void A_higher_threshold_adds_the_arcs_under_it()
    {
        var figures = MatrixAnalysis.Analyse(MatrixAnalysisTests.AppendixEScores());

        var draft = FindingsDraft.Draft(figures, 3.5m);

        Assert.Contains(draft.AreasToDevelop, f => f.Arc == 1 && f.Stage is null); // shared identity 3.45 < 3.50
        Assert.DoesNotContain(draft.AreasToDevelop, f => f.Arc == 8 && f.Stage is null); // ECM 3.59
    }

    [Fact]
    public void A_group_with_fewer_than_five_respondents_is_listed_without_figures()
    {
        var scores = new List<CellScore>();
        for (var i = 0; i < 5; i++)
        {
            scores.Add(new($"leader-{i}", RespondentGroups.Leaders, "Hereford", 1, 1, 4));
        }
        for (var i = 0; i < 4; i++)
        {
            scores.Add(new($"frontline-{i}", RespondentGroups.Frontline, "Leominster", 1, 1, 2));
        }

        var byGroup = Breakdowns.By(scores, s => s.Group, [RespondentGroups.Leaders, RespondentGroups.Frontline, RespondentGroups.Partners]);

        Assert.Equal(4m, byGroup[0].Figures!.Overall);
        Assert.Equal((4, true), (byGroup[1].Respondents, byGroup[1].Suppressed));
        Assert.Equal((0, true), (byGroup[2].Respondents, byGroup[2].Suppressed));
        var byLocality = Breakdowns.By(scores, s => s.Locality, ["Hereford", "Leominster"]);
        Assert.False(byLocality[0].Suppressed);
        Assert.True(byLocality[1].Suppressed);
    }

    [Fact]
    public void Comparison_with_an_earlier_cycle_gives_the_change_of_the_figures_as_shown()
    {
        var earlier = MatrixAnalysis.Analyse([new("a", RespondentGroups.Leaders, null, 1, 1, 2.5m), new("a", RespondentGroups.Leaders, null, 2, 1, 3m)]);
        var now = MatrixAnalysis.Analyse([new("b", RespondentGroups.Leaders, null, 1, 1, 3.25m), new("b", RespondentGroups.Leaders, null, 3, 1, 4m)]);

        var (cells, arcs, overall) = CycleComparison.Compare(earlier, now);

        Assert.Equal(0.75m, cells.Single(c => c.Arc == 1 && c.Stage == 1).Difference);
        Assert.Null(cells.Single(c => c.Arc == 2 && c.Stage == 1).Difference); // not scored now
        Assert.Null(arcs.Single(a => a.Arc == 3).Difference);                // not scored before
        Assert.Equal(0.88m, overall.Difference);                              // 3.625 → 3.63, less 2.75
    }
}
