using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data;
using OneWorkforce.Data.Training;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Pages.Training;

/// <summary>Add or change a course. A provider adds for their own organisation; a lead for any organisation of their area.</summary>
public sealed class CourseEditModel(OneWorkforceDbContext db, CourseAdministration courses) : PageModel
{
    [BindProperty] public CourseInput Input { get; set; } = new();
    [BindProperty] public int? Provider { get; set; }

    public int? CourseId { get; private set; }
    public IReadOnlyList<(int Id, string Name)> Providers { get; private set; } = [];

    public static readonly IReadOnlyList<CodeListItem> CoreAreaChoices =
        CommonCore.Areas.Select(a => new CodeListItem(a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{a.Number}. {a.Title2010}")).ToList();

    public static readonly IReadOnlyList<CodeListItem> LevelChoices =
        [new("", "No safeguarding level"), .. WorkforceCodes.SafeguardingLevels.Items];

    private async Task<IActionResult?> AllowedAsync(int? id)
    {
        var user = User.Scope();
        if (id is { } courseId)
        {
            var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId);
            if (course is null)
            {
                return NotFound();
            }
            if (!AccessRules.CanManageCourse(user, course.AreaId, course.ProviderOrganisationId))
            {
                return Forbid();
            }
            CourseId = courseId;
            return null;
        }
        if (!AccessRules.CanAddCourses(user))
        {
            return Forbid();
        }
        var organisations = db.Organisations.AsNoTracking();
        if (!user.IsNationalAdministrator)
        {
            organisations = user.IsIn(ServiceRoles.AreaLead) ? organisations.Where(o => o.AreaId == user.AreaId) : organisations.Where(o => o.Id == user.OrganisationId);
        }
        Providers = (await organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).Take(2000).ToListAsync()).Select(o => (o.Id, o.Name)).ToList();
        return null;
    }

    public static readonly IReadOnlyList<Core.Reference.CodeListItem> KindChoices =
    [
        new(Core.Training.Course.TrainingCourse, "A training course", "Listed in the training offer"),
        new(Core.Training.Course.Event, "A workforce development event", "A workshop, forum or network meeting, listed with the area's events"),
    ];

    public async Task<IActionResult> OnGetAsync(int? id, string? kind)
    {
        if (await AllowedAsync(id) is { } refused)
        {
            return refused;
        }
        if (id is { } courseId)
        {
            Input = CourseInput.From(await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId));
        }
        else
        {
            Input = kind == Core.Training.Course.Event
                ? new CourseInput { Kind = kind, AudienceWorkforce = "both", Cost = "0", Topic = "other", Tier = "universal", Delivery = "classroom" }
                : new CourseInput { AudienceWorkforce = "both", Cost = "0" };
            Provider = Providers.Count == 1 ? Providers[0].Id : null;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        if (await AllowedAsync(id) is { } refused)
        {
            return refused;
        }
        if (id is null && (Provider is null || Providers.All(p => p.Id != Provider)))
        {
            ModelState.AddModelError(nameof(Provider), "Select the organisation that provides the course");
        }
        var errors = Input.Validate("Input.");
        foreach (var (field, message) in errors.All)
        {
            ModelState.AddModelError(field, message);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = id is { } courseId ? await courses.UpdateAsync(courseId, Input) : await courses.CreateAsync(Provider!.Value, Input);
        return Redirect($"/training/courses/{outcome.Value!.Id}");
    }
}
