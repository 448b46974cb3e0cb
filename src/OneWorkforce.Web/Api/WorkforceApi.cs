using OneWorkforce.Core.Validation;
using OneWorkforce.Core.Workforce.Intelligence;
using OneWorkforce.Data;
using OneWorkforce.Data.Workforce.Intelligence;
using OneWorkforce.Web.Pages.Workforce;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

/// <summary>Workforce intelligence reports as JSON, with the same scopes, rules and disclosure control as the pages.</summary>
internal static class WorkforceApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/workforce/reports", () => Results.Ok(WorkforceReports.All.Select(r => new { name = r.Name, title = r.Title, summary = r.Summary })))
            .WithSummary("The intelligence reports there are");

        group.MapGet("/workforce/reports/{name}", async (string name, string? area, int? organisation, int? district, string? sector, string? category, string? asAt,
            HttpContext context, OneWorkforceDbContext db, WorkforceIntelligence intelligence, TimeProvider clock) =>
        {
            var report = WorkforceReports.Find(name);
            if (report is null)
            {
                return ApiResults.NotFound("report called " + name);
            }
            var (scope, notFound) = await ReportScope.ResolveAsync(db, context.User.Scope(), area, organisation, district, sector, category, asAt,
                DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            if (notFound is not null && notFound.Contains("YYYY-MM-DD"))
            {
                var errors = new FieldErrors();
                errors.Add("asAt", notFound);
                return ApiResults.Invalid(errors);
            }
            if (scope is null)
            {
                return ApiResults.NotFound("scope like that");
            }
            var built = await intelligence.BuildAsync(report, scope.Filter, scope.AsAt, suppress: !scope.SeesOwnFigures, context.RequestAborted);
            return Results.Ok(ReportExport.Json(built, scope.Label));
        }).WithSummary("One intelligence report (headcount, age, gender, ethnicity, disability, turnover, stability, qualifications, training, apprenticeships, induction) " +
            "for an area, an organisation, a district, a sector or a category; small numbers hidden unless it is your own organisation");
    }
}
