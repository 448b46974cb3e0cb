using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Access;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Strategy;
using OneWorkforce.Data;
using OneWorkforce.Data.Strategy;
using OneWorkforce.Web.Security;

namespace OneWorkforce.Web.Api;

/// <summary>Workforce strategies, their actions and indicators, and quarterly reports: for those who may read the strategy.</summary>
internal static class StrategyApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/strategies", async (string? area, HttpContext context, OneWorkforceDbContext db, StrategyStore store) =>
        {
            var user = context.User.Scope();
            int? areaId = user.AreaId;
            if (area is not null)
            {
                areaId = await db.Areas.Where(a => a.Code == area.ToUpper()).Select(a => (int?)a.Id).SingleOrDefaultAsync();
                if (areaId is null || !AccessRules.CanViewStrategiesOf(user, areaId))
                {
                    return ApiResults.NotFound("area");
                }
            }
            var strategies = new List<WorkforceStrategy>();
            if (areaId is not null && AccessRules.CanViewStrategiesOf(user, areaId))
            {
                strategies.AddRange(await store.ListAsync(areaId));
            }
            if (AccessRules.CanViewStrategiesOf(user, null))
            {
                strategies.AddRange(await store.ListAsync(null));
            }
            return Results.Ok(strategies.Select(s => new { s.Id, s.Title, national = s.AreaId is null, s.StartYear, s.EndYear, s.Vision, s.Template }));
        }).WithSummary("Workforce strategies: your area's (or ?area=CODE for the national administrator) and the national ones");

        group.MapGet("/strategies/{id:int}", async (int id, HttpContext context, StrategyStore store) =>
        {
            if (await Readable(id, context, store) is not { } strategy)
            {
                return ApiResults.NotFound("strategy");
            }
            var plan = await store.PlanAsync(strategy);
            return Results.Ok(new
            {
                strategy.Id, strategy.Title, strategy.Vision, strategy.Scope, strategy.StartYear, strategy.EndYear,
                priorities = plan.Priorities.Select(p => new { p.Id, p.Number, p.Title, p.Sector }),
                steeringGroup = plan.Steering.Select(m => new { m.Name, m.Organisation, m.Role }),
            });
        }).WithSummary("A strategy with its priorities and steering group");

        group.MapGet("/strategies/{id:int}/actions", async (int id, HttpContext context, StrategyStore store) =>
        {
            if (await Readable(id, context, store) is not { } strategy)
            {
                return ApiResults.NotFound("strategy");
            }
            var plan = await store.PlanAsync(strategy);
            return Results.Ok(plan.Actions.Select(a => new
            {
                a.Id, a.Number, a.Title, a.PriorityId, a.Challenge, solutions = a.Description, a.Outcomes, timescale = a.TimescaleCategory, timescaleText = a.Timescale,
                a.StartOn, a.DueOn, a.LeadPartners, a.SupportPartners, a.LeadOfficer, estimatedCostPounds = a.EstimatedCostPence / 100m, a.Status,
                rag = Rag.ForAction(a.Status, a.DueOn, store.Today), dependsOn = a.DependsOn, a.Milestones, arcs = ActionArcs.Numbers(a.Arcs),
                progress = a.Notes.OrderBy(n => n.On).Select(n => new { n.On, n.Text }),
            }));
        }).WithSummary("A strategy's actions with status, red/amber/green and progress notes");

        group.MapGet("/strategies/{id:int}/indicators", async (int id, HttpContext context, StrategyStore store) =>
        {
            if (await Readable(id, context, store) is not { } strategy)
            {
                return ApiResults.NotFound("strategy");
            }
            var plan = await store.PlanAsync(strategy);
            return Results.Ok(plan.Indicators.Select(i =>
            {
                var values = plan.Values.Where(v => v.IndicatorId == i.Id).ToList();
                var latest = values.LastOrDefault();
                return new
                {
                    i.Id, i.Name, i.Definition, measure = i.Measure, i.Unit, i.HigherIsBetter, i.Baseline, i.BaselineOn, i.Target, i.DueOn,
                    rag = Rag.ForIndicator(i, latest?.Value, latest?.On, store.Today), values = values.Select(v => new { v.On, v.Value, v.Source }),
                };
            }));
        }).WithSummary("A strategy's success indicators with their values over time and red/amber/green");

        group.MapGet("/strategies/{id:int}/reports/{quarter}", async (int id, string quarter, HttpContext context, StrategyStore store, StrategyReports reports) =>
        {
            if (await Readable(id, context, store) is not { } strategy)
            {
                return ApiResults.NotFound("strategy");
            }
            if (!Quarter.TryParse(quarter, out var parsed))
            {
                return ApiResults.Invalid(new Core.Validation.FieldErrors().Add("quarter", "Write the quarter like 2010Q3"));
            }
            var (report, issued) = await reports.ForQuarterAsync(strategy, parsed);
            return Results.Ok(new { issued = issued is not null, issuedAt = issued?.IssuedAt, report });
        }).WithSummary("A quarterly report: as issued, or a draft from the live data");
    }

    private static async Task<WorkforceStrategy?> Readable(int id, HttpContext context, StrategyStore store) =>
        await store.FindByIdAsync(id) is { } strategy && AccessRules.CanViewStrategiesOf(context.User.Scope(), strategy.AreaId) ? strategy : null;
}
