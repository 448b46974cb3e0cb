using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Training;

namespace OneWorkforce.UnitTests.Training;

/// <summary>
/// The common induction of seed 003 action 8 ("develop and implement a common induction programme across the children's
/// workforce, based upon the Common Core of Skills and Knowledge") with a certificate of completion; the default checklist
/// also holds the topics seed 000 question 16 found in nearly every organisation's induction.
/// </summary>
public sealed class InductionTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static List<InductionStandard> Checklist(int count) =>
        Enumerable.Range(1, count).Select(i => new InductionStandard { Id = i, AreaId = 1, Position = i, Title = $"Standard {i}", Description = "d" }).ToList();

    private static InductionSignOff Signed(int standard) => new() { WorkerId = 9, StandardId = standard, SignedOn = Today, SignedByUserId = "m" };

    [Fact]
    public void The_default_checklist_holds_each_Common_Core_area_once_and_the_common_topics_of_seed_000()
    {
        var defaults = InductionChecklist.Defaults;
        Assert.Equal([1, 2, 3, 4, 5, 6], defaults.Where(d => d.CommonCoreArea is not null).Select(d => d.CommonCoreArea!.Value));
        Assert.Equal(CommonCore.Areas.Select(a => a.Title2010), defaults.Where(d => d.CommonCoreArea is not null).Select(d => d.Title));
        Assert.Contains(defaults, d => d.Title.Contains("Health and safety"));
        Assert.Contains(defaults, d => d.Description.Contains("policies and procedures"));
        Assert.Contains(defaults, d => d.Description.Contains("mentor"));
        Assert.Equal(defaults.Count, defaults.Select(d => d.Title).Distinct().Count());
        Assert.All(defaults, d => Assert.Empty(InductionChecklist.Check(d.Title, d.Description, d.CommonCoreArea?.ToString()).All));
    }

    [Fact]
    public void Progress_counts_only_standards_in_use_and_is_ready_to_complete_when_every_one_is_signed_off()
    {
        var checklist = Checklist(4);
        Assert.Equal(("Not started", 0, 4, false), Summary(InductionChecklist.Progress(checklist, [], null)));
        Assert.Equal(("In progress", 2, 4, false), Summary(InductionChecklist.Progress(checklist, [Signed(1), Signed(3)], null)));
        var progress = InductionChecklist.Progress(checklist, [Signed(1), Signed(3)], null);
        Assert.Equal([2, 4], progress.ToDo.Select(s => s.Id));

        // A retired standard is no longer needed, and a sign-off against it no longer counts.
        checklist[1].Retired = true;
        checklist[0].Retired = true;
        Assert.Equal(("In progress", 1, 2, false), Summary(InductionChecklist.Progress(checklist, [Signed(1), Signed(3)], null)));
        Assert.Equal(("Ready to complete", 2, 2, true), Summary(InductionChecklist.Progress(checklist, [Signed(1), Signed(3), Signed(4)], null)));

        // Once completed it stays completed, even if the checklist grows later.
        var done = new InductionCompletion { WorkerId = 9, CertificateCode = "ABCD-EFGH-JKMN", NameOnCertificate = "A", SignedByUserId = "m", CompletedOn = Today };
        var grown = Checklist(6);
        var completed = InductionChecklist.Progress(grown, [Signed(1)], done);
        Assert.True(completed.IsComplete);
        Assert.False(completed.CanComplete);
        Assert.Equal("Completed", completed.Status);

        // An empty checklist cannot be completed.
        Assert.False(InductionChecklist.Progress([], [], null).CanComplete);
    }

    private static (string, int, int, bool) Summary(InductionProgress p) => (p.Status, p.SignedOff, p.Total, p.CanComplete);

    [Fact]
    public void A_sign_off_date_runs_from_a_year_before_the_start_to_today_and_the_note_is_short()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.Empty(InductionChecklist.CheckSignOff(Today, null, "Shadowed the room leader", start, Today).All);
        Assert.Empty(InductionChecklist.CheckSignOff(new DateOnly(2025, 9, 1), null, null, start, Today).All);
        Assert.Equal("The date the standard was met must be after 1 September 2025, a year before they started",
            InductionChecklist.CheckSignOff(new DateOnly(2025, 8, 31), null, null, start, Today).For("SignedOn"));
        Assert.Equal("The date the standard was met must be today or in the past", InductionChecklist.CheckSignOff(Today.AddDays(1), null, null, start, Today).For("SignedOn"));
        Assert.Equal("Enter the date the standard was met, for example 27 3 2026", InductionChecklist.CheckSignOff(null, null, null, start, Today).For("SignedOn"));
        Assert.Equal("not real", InductionChecklist.CheckSignOff(null, "not real", null, start, Today).For("SignedOn"));
        Assert.Equal("The note must be 500 characters or fewer", InductionChecklist.CheckSignOff(Today, null, new string('x', 501), start, Today).For("Note"));
    }

    [Fact]
    public void A_standard_needs_a_name_and_a_meaning_within_their_lengths_and_at_most_one_Common_Core_area()
    {
        Assert.Empty(InductionChecklist.Check("Lone working", "What to do when alone", "").All);
        Assert.Empty(InductionChecklist.Check("Lone working", "What to do when alone", "3").All);
        var errors = InductionChecklist.Check(" ", null, "7");
        Assert.Equal(["Title", "Description", "CoreArea"], errors.All.Select(e => e.Key));
        Assert.Equal("The standard must be 200 characters or fewer", InductionChecklist.Check(new string('t', 201), "d", null).For("Title"));
        Assert.Equal("The description must be 1,000 characters or fewer", InductionChecklist.Check("t", new string('d', 1001), null).For("Description"));
        Assert.Equal("Enter the name to print on the certificate", InductionChecklist.CheckName("  "));
        Assert.Equal("The name must be 100 characters or fewer", InductionChecklist.CheckName(new string('n', 101)));
        Assert.Null(InductionChecklist.CheckName("Sam Patel"));
    }
}
