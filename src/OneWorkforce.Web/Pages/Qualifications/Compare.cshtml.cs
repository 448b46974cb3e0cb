using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Pages.Qualifications;

/// <summary>Two qualifications side by side, with the rows that differ marked in words as well as style.</summary>
public sealed class CompareModel(QualificationDetails details) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? A { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? B { get; set; }

    public QualificationView? First { get; private set; }
    public QualificationView? Second { get; private set; }

    public sealed record Row(string Label, string First, string Second)
    {
        public bool Differs => !string.Equals(First, Second, StringComparison.Ordinal);
    }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        if (string.IsNullOrWhiteSpace(A) && string.IsNullOrWhiteSpace(B))
        {
            return;
        }
        First = await FindAsync(A, nameof(A));
        Second = await FindAsync(B, nameof(B));
        if (First is null || Second is null)
        {
            return;
        }
        Rows = Describe(First).Zip(Describe(Second), (a, b) => new Row(a.Label, a.Value, b.Value)).ToList();
    }

    private async Task<QualificationView?> FindAsync(string? reference, string field)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            ModelState.AddModelError(field, "Enter a reference, like EYQ-240");
            return null;
        }
        var found = await details.FindAsync(reference);
        if (found is null)
        {
            ModelState.AddModelError(field, $"There is no qualification with reference {reference.Trim()}. Check the reference on the qualification's page");
        }
        return found;
    }

    private static IEnumerable<(string Label, string Value)> Describe(QualificationView q) =>
    [
        ("Title", q.Title),
        ("Qualification number", q.Number ?? "None"),
        ("Level", q.LevelName),
        ("European level (EQF)", q.EqfLevel?.ToString() ?? "None"),
        ("Type", q.Type ?? "Not known"),
        ("Awarding organisation", q.AwardingBody),
        ("When it counts", Dates.Describe(q.ValidFrom, q.ValidTo)),
        ("Status", QualificationCodeLists.Statuses.LabelOf(q.Status)),
        ("Credits", q.Credits is { } c ? $"{c} ({QualificationLevels.SizeByCredit(c)})" : "Not known"),
        ("Guided learning hours", q.GuidedLearningHours?.ToString() ?? "Not known"),
        ("Total qualification time", q.TotalQualificationTime?.ToString() ?? "Not known"),
        ("Requirements and notes", q.Notes ?? "None"),
    ];
}
