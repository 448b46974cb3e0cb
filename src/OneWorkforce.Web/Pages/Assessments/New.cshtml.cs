using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Assessments;

public sealed class NewCycleModel(OneWorkforceDbContext db, AssessmentCycles cycles) : AssessmentPage(db)
{
    public sealed class CycleForm
    {
        public string? Name { get; set; }
        public DateParts PeriodStart { get; set; } = new();
        public DateParts PeriodEnd { get; set; } = new();
        public DateParts ClosesOn { get; set; } = new();
        public List<string> Groups { get; set; } = [];
        public string Anonymous { get; set; } = "yes";
        public string? Threshold { get; set; } = "3.00";
    }

    [BindProperty]
    public CycleForm Input { get; set; } = new();

    public static readonly IReadOnlyList<Core.Reference.CodeListItem> GroupChoices =
        RespondentGroups.All.Select(g => new Core.Reference.CodeListItem(g.Code, g.Name)).ToList();

    public static readonly IReadOnlyList<Core.Reference.CodeListItem> YesNo = [new("yes", "Yes, anonymous (recommended)"), new("no", "No, record who answered")];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Input.Groups = [RespondentGroups.Leaders, RespondentGroups.Frontline]; // the two groups seed 003 asked
        return await LoadAreaAsync(code, run: true) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (await LoadAreaAsync(code, run: true) is { } denied)
        {
            return denied;
        }
        decimal? threshold = null;
        if (!string.IsNullOrWhiteSpace(Input.Threshold))
        {
            if (decimal.TryParse(Input.Threshold.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var t))
            {
                threshold = t;
            }
            else
            {
                ModelState.AddModelError("Input.Threshold", "The threshold must be a number such as 3.00");
            }
        }
        foreach (var (field, parts, what) in new[] { ("PeriodStart", Input.PeriodStart, "The start date"), ("PeriodEnd", Input.PeriodEnd, "The end date"), ("ClosesOn", Input.ClosesOn, "The closing date") })
        {
            if (parts.Problem(what) is { } problem)
            {
                ModelState.AddModelError($"Input.{field}", problem);
            }
        }
        var input = new CycleInput(Input.Name, Input.PeriodStart.Date, Input.PeriodEnd.Date, Input.ClosesOn.Date, Input.Groups, Input.Anonymous != "no", threshold);
        if (!ModelState.IsValid)
        {
            foreach (var (field, message) in input.Validate().All.Where(e => !(ModelState[$"Input.{e.Key}"]?.Errors.Count > 0)))
            {
                ModelState.AddModelError($"Input.{field}", message);
            }
            return Page();
        }
        var outcome = await cycles.CreateAsync(Area, input);
        if (!outcome.Succeeded)
        {
            ModelState.AddFieldErrors(outcome.Errors);
            return Page();
        }
        return Redirect($"/areas/{Area.Code}/assessments/{outcome.Value!.Id}");
    }
}
