using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Training;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Infrastructure;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training.Evaluation;

/// <summary>
/// Evaluation of training: for a provider its own courses, for an area lead every course in the area and each provider,
/// for the national administrator every course. Each course's ratings, impact and the barriers people name; a course's
/// comments on its own page. Figures from fewer than 5 responses are hidden, for everyone.
/// </summary>
public sealed class IndexModel(OneWorkforceDbContext db, TrainingEvaluations evaluations) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Course { get; set; }
    [BindProperty(SupportsGet = true)] public string? Format { get; set; }

    public IReadOnlyList<CourseEvaluation> Courses { get; private set; } = [];
    public IReadOnlyList<ProviderEvaluation> Providers { get; private set; } = [];
    public EvaluationSummary Overall { get; private set; } = null!;
    public string Scope { get; private set; } = "";
    public bool ByProvider { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = User.Scope();
        int? area = null, provider = null;
        if (Course is { } courseId)
        {
            var course = await db.Courses.AsNoTracking().Where(c => c.Id == courseId).Select(c => new { c.AreaId, c.ProviderOrganisationId }).SingleOrDefaultAsync();
            if (course is null)
            {
                return NotFound();
            }
            if (!AccessRules.CanViewTrainingEvaluations(user, course.AreaId, course.ProviderOrganisationId))
            {
                return Forbid();
            }
        }
        else if (user.IsNationalAdministrator)
        {
            Scope = "every area";
            ByProvider = true;
        }
        else if (user.IsIn(ServiceRoles.AreaLead) && user.AreaId is { } leadArea)
        {
            area = leadArea;
            Scope = await db.Areas.Where(a => a.Id == leadArea).Select(a => a.Name).SingleAsync();
            ByProvider = true;
        }
        else if ((user.IsIn(ServiceRoles.TrainingProvider) || user.IsIn(ServiceRoles.OrganisationManager)) && user.OrganisationId is { } organisation)
        {
            provider = organisation;
            Scope = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).SingleAsync();
        }
        else
        {
            return Forbid();
        }
        (Courses, Providers, Overall) = await evaluations.ReportAsync(area, provider, Course);
        if (Course is not null)
        {
            Scope = Courses.Single().Title;
        }
        return Format is "csv" or "xlsx"
            ? CsvDownload.File(Format, "training-evaluation", Header, Courses.Select(Row))
            : Page();
    }

    public static readonly IReadOnlyList<string> Header =
        ["Course", "Provider", "Attended", "Feedback responses", "Overall rating (1-5)", "Did what it said (share)", "Trainer (1-5)", "Confidence (1-5)",
         "Impact responses", "Using what they learnt (share)", "Made a difference (share)"];

    private static IReadOnlyList<string> Row(CourseEvaluation c)
    {
        var s = c.Summary;
        string F(decimal? v, bool shown) => !shown ? "" : v?.ToString(CultureInfo.InvariantCulture) ?? "";
        return [c.Title, c.ProviderName, c.Attended.ToString(CultureInfo.InvariantCulture), s.FeedbackResponses.ToString(CultureInfo.InvariantCulture),
            F(s.OverallRating, s.FeedbackShown), F(s.MetAims, s.FeedbackShown), F(s.TrainerRating, s.FeedbackShown), F(s.Confidence, s.FeedbackShown),
            s.ImpactResponses.ToString(CultureInfo.InvariantCulture), F(s.UsingLearning, s.ImpactShown), F(s.MadeADifference, s.ImpactShown)];
    }

    public static string Rating(decimal? value, bool shown) => !shown ? "Hidden*" : value?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–";

    public static string Percent(decimal? value, bool shown) => !shown ? "Hidden*" : value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string People(int count) => count is > 0 and < TrainingEvaluation.MinimumResponses ? "Fewer than 5" : count.ToString("N0", CultureInfo.InvariantCulture);
}
