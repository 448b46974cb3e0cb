using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Data;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

/// <summary>An area's self-assessment cycles and their analysis: for the area's leads and the national administrator.</summary>
internal static class AssessmentApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/areas/{code}/assessments", async (string code, HttpContext context, OneWorkforceDbContext db, AssessmentCycles cycles) =>
        {
            var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
            if (area is null || !AccessRules.CanViewAssessmentsOf(context.User.Scope(), area.Id))
            {
                return ApiResults.NotFound("area");
            }
            return Results.Ok((await cycles.ListAsync(area.Id)).Select(c => new { c.Id, c.Name, c.PeriodStart, c.PeriodEnd, c.ClosesOn, c.Status, groups = c.Groups }));
        }).WithSummary("An area's self-assessment cycles");

        group.MapGet("/areas/{code}/assessments/{cycle}/analysis", async (string code, string cycle, int? compare, HttpContext context, OneWorkforceDbContext db,
            AssessmentCycles cycles, CycleAnalyses analyses) =>
        {
            var area = await db.Areas.AsNoTracking().SingleOrDefaultAsync(a => a.Code == code.ToUpper());
            if (area is null || !AccessRules.CanViewAssessmentsOf(context.User.Scope(), area.Id))
            {
                return ApiResults.NotFound("area");
            }
            var found = await cycles.FindAsync(area.Id, cycle);
            return found is null
                ? ApiResults.NotFound("assessment cycle")
                : Results.Ok(CycleReport.Json(await analyses.AnalyseAsync(area, found, compare)));
        }).WithSummary("The analysis of a cycle (by its number or name): every cell's mean and count, arc, stage and overall averages, strengths and areas to develop, breakdowns with small groups hidden");
    }
}
