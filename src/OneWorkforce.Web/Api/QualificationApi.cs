using OneWorkforce.Data.Qualifications;

namespace OneWorkforce.Web.Api;

/// <summary>The qualifications framework, open to anyone.</summary>
internal static class QualificationApi
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/qualifications", async (QualificationSearch search, string? q, string[]? level, string? awardingBody, string? status, int? page, int? pageSize) =>
        {
            var (paging, errors) = Paging.From(page, pageSize);
            var query = new QualificationQuery(q, level, awardingBody, status);
            foreach (var (field, message) in query.Validate().All)
            {
                errors.Add(field, message);
            }
            if (errors.Any)
            {
                return ApiResults.Invalid(errors);
            }
            var (items, total) = await search.SearchAsync(query, paging.Skip, paging.PageSize);
            return Results.Ok(new PagedList<QualificationSummary>(items, total, paging.Page, paging.PageSize));
        }).WithSummary("Search qualifications by words, reference or number, level (repeatable), awarding body and status");

        group.MapGet("/progression", async (string[]? from, string? to, string? role, ProgressionQueries progression) =>
        {
            var (routes, errors) = await progression.FindAsync(from ?? [], to, role);
            return errors.Any ? ApiResults.Invalid(errors) : Results.Ok(routes.Select(r => new
            {
                r.StepCount, r.CreditCarried, r.LearningHours, r.Cost,
                steps = r.Steps.Select(s => new { s.Qualification.Reference, s.Qualification.Title, level = s.Qualification.LevelCode, s.CreditCarried, s.UnitsCarried, s.Explanation }),
            }));
        }).WithSummary("Progression routes from qualifications held (from=…) to a qualification (to=…) or a role (role=…)");

        group.MapGet("/qualifications/coverage", async (CoverageQueries coverage) =>
        {
            var (report, areas) = await coverage.CommonCoreAsync();
            return Results.Ok(new { framework = "common-core", version = StructureQueries.CommonCoreVersion, areas, report });
        }).WithSummary("How the mapped qualifications cover the Common Core (2010): the seed 002 §6.4 figures");

        group.MapGet("/qualifications/{reference}/credit", async (string reference, string[]? unit, string[]? holds, QualificationDetails details, StructureQueries structures) =>
        {
            var found = await details.FindAsync(reference);
            if (found is null)
            {
                return ApiResults.NotFound("qualification");
            }
            var (assessment, unknown) = await structures.CreditAsync(found.Id, unit ?? [], holds ?? []);
            if (unknown.Count > 0)
            {
                return ApiResults.Invalid(new Core.Validation.FieldErrors().Add("holds", $"There is no qualification {string.Join(", ", unknown)}"));
            }
            return assessment is null
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No structure", detail: $"The units of {found.Reference} have not been recorded, so credit cannot be worked out.")
                : Results.Ok(assessment);
        }).WithSummary("Credit towards a qualification from units (unit=…) and qualifications (holds=…) already held, and the fewest units still to do");

        group.MapGet("/qualifications/{reference}", async (string reference, QualificationDetails details) =>
            await details.FindAsync(reference) is { } found ? Results.Ok(found) : ApiResults.NotFound("qualification"))
            .WithSummary("One qualification with its other versions");
    }
}
