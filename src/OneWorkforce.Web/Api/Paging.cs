using OneWorkforce.Core.Validation;

namespace OneWorkforce.Web.Api;

/// <summary>The shape of every list the API returns.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>?page=1&amp;pageSize=50; pages start at 1, at most 200 items a page.</summary>
internal sealed record Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 200;

    public int Skip => (Page - 1) * PageSize;

    public static (Paging Paging, FieldErrors Errors) From(int? page, int? pageSize)
    {
        var errors = new FieldErrors();
        var p = page ?? 1;
        var s = pageSize ?? 50;
        if (p < 1)
        {
            errors.Add("page", "page must be 1 or more");
        }
        if (s is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"pageSize must be between 1 and {MaxPageSize}");
        }
        return (new Paging(Math.Max(p, 1), Math.Clamp(s, 1, MaxPageSize)), errors);
    }
}

internal static class ApiResults
{
    public static IResult Invalid(FieldErrors errors) =>
        TypedResults.ValidationProblem(errors.ToDictionary(), title: "The request has problems: see errors for each field and how to fix it");

    /// <summary>Missing and not-yours look the same from outside: no data, no hint that it exists.</summary>
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no {what} here that you can see.");
}
