using OneWorkforce.Web.Infrastructure;

namespace OneWorkforce.Web.Api;

internal static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var v1 = app.MapGroup("/api/v1").WithTags("v1");
        ReferenceApi.Map(v1.MapGroup("/reference").AllowAnonymous().WithTags("Reference data"));
        QualificationApi.Map(v1.MapGroup("").AllowAnonymous().WithTags("Qualifications"));
        TrainingApi.Map(v1.MapGroup("").AllowAnonymous().WithTags("Training"));
        TrainingApi.MapCalendar(app);
        DirectoryApi.Map(v1.MapGroup("").AllowAnonymous().WithTags("Partner directory"));
        var signedIn = v1.MapGroup("").RequireAuthorization(WebSetup.ApiPolicy).DisableAntiforgery();
        AccountApi.Map(signedIn);
        AreaApi.Map(signedIn);
        AssessmentApi.Map(signedIn);
        StrategyApi.Map(signedIn.MapGroup("").WithTags("Workforce strategy"));
        WorkforceApi.Map(signedIn.MapGroup("").WithTags("Workforce"));
        AuditApi.Map(signedIn);
    }
}
