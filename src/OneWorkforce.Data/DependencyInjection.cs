using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Areas;
using OneWorkforce.Data.Audit;
using OneWorkforce.Data.Demo;
using OneWorkforce.Data.Keys;
using OneWorkforce.Data.Mail;
using OneWorkforce.Data.Qualifications;
using OneWorkforce.Data.Reference;
using OneWorkforce.Data.Schema;

namespace OneWorkforce.Data;

public static class DependencyInjection
{
    /// <summary>The database, accounts, audit, mail and data protection: everything the web app and the CLI share.</summary>
    public static IServiceCollection AddOneWorkforceData(this IServiceCollection services, IConfiguration configuration)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        services.TryAddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.TryAddScoped<IActor, SystemActor>();
        services.AddScoped<AuditingInterceptor>();
        services.AddSingleton<Catalogue.CatalogueStampInterceptor>();
        services.AddSingleton<Catalogue.CatalogueSnapshots>();
        services.AddDbContext<OneWorkforceDbContext>((provider, options) =>
        {
            database.Configure(options);
            options.AddInterceptors(provider.GetRequiredService<AuditingInterceptor>(), provider.GetRequiredService<Catalogue.CatalogueStampInterceptor>());
        });

        services.Configure<MailSettings>(configuration.GetSection("Mail"));
        services.Configure<SiteSettings>(configuration.GetSection("Site"));
        services.AddSingleton<IMailSender, SmtpMailSender>();

        services.AddDataProtection().SetApplicationName("OneWorkforce");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlRepository = new DatabaseXmlRepository(provider.GetRequiredService<IServiceScopeFactory>())));

        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        services.AddIdentityCore<ApplicationUser>(IdentityRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OneWorkforceDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<InvitationTokenProvider>(InvitationTokenProvider.ProviderName);

        services.AddScoped<AuditLog>();
        services.AddScoped<SchemaMigrator>();
        services.AddScoped<ReferenceDataLoader>();
        services.AddScoped<DatabaseStartup>();
        services.AddScoped<AccountAdministration>();
        services.AddScoped<ApiTokens>();
        services.AddScoped<AreaAdministration>();
        services.AddScoped<DemoLoader>();
        services.AddScoped<Training.TrainingBookings>();
        services.AddScoped<Training.CourseCatalogue>();
        services.AddScoped<Training.CourseAdministration>();
        services.AddScoped<Training.BookingMail>();
        services.AddScoped<Training.DemoTraining>();
        services.AddScoped<Training.DemoEvaluationAndInduction>();
        services.AddScoped<Training.TrainingCompliance>();
        services.AddScoped<Training.TrainingNeedsAnalysis>();
        services.AddScoped<Training.TrainingReminders>();
        services.AddScoped<Training.TrainingRecordEntry>();
        services.AddScoped<Training.Inductions>();
        services.AddScoped<Training.TrainingEvaluations>();
        services.AddScoped<Partners.PartnerDirectory>();
        services.AddScoped<Partners.DemoDirectory>();
        services.AddScoped<Partners.WorkforceNews>();
        services.AddScoped<DemoAssessment>();
        services.AddScoped<EarlyYearsImport>();
        services.AddScoped<OfqualImport>();
        services.AddScoped<DuplicateReviews>();
        services.AddScoped<TemplateImports>();
        services.AddScoped<NativeQualificationImport>();
        services.AddScoped<RoleTemplateImports>();
        services.AddScoped<OfferImport>();
        services.AddScoped<TemplateExports>();
        services.AddScoped<QualificationFiles>();
        services.AddScoped<RoleQueries>();
        services.AddScoped<OfferQueries>();
        services.AddScoped<Frameworks.CaseExchange>();
        services.AddScoped<StructureQueries>();
        services.AddScoped<CoverageQueries>();
        services.AddScoped<ProgressionQueries>();
        services.AddScoped<StarterQualifications>();
        services.AddScoped<QualificationSearch>();
        services.AddScoped<QualificationDetails>();
        services.AddScoped<Assessment.AssessmentCycles>();
        services.AddScoped<Assessment.CycleAnalyses>();
        services.AddScoped<Assessment.AssessmentResponses>();
        services.AddScoped<Assessment.FrameworkStatements>();
        services.AddScoped<Assessment.PaperResponses>();
        services.AddScoped<Plans.ActionPlans>();
        services.AddScoped<Workforce.WorkforceImport>();
        services.AddSingleton<Workforce.UploadProgressBoard>();
        services.AddScoped<Workforce.UploadJobs>();
        services.AddScoped<Workforce.WorkforcePeople>();
        services.Configure<Workforce.Intelligence.WorkforceSettings>(configuration.GetSection("Workforce"));
        services.AddScoped<Workforce.Intelligence.WorkforceIntelligence>();
        services.AddScoped<Workforce.Intelligence.WorkforceBenchmarks>();
        services.AddScoped<Workforce.Intelligence.WorkforceSnapshots>();
        services.AddScoped<Demo.DemoWorkforce>();
        services.AddScoped<Surveys.SurveyStore>();
        services.AddScoped<Surveys.SurveyDistribution>();
        services.AddScoped<Surveys.SurveyAnswering>();
        services.AddScoped<Surveys.SurveyResults>();
        services.AddScoped<Surveys.DemoSurvey>();
        services.AddScoped<Strategy.StrategyStore>();
        services.AddScoped<Strategy.StrategyMeasures>();
        services.AddScoped<Strategy.StrategyIndicators>();
        services.AddScoped<Strategy.StrategyReports>();
        services.AddScoped<Strategy.DemoStrategy>();
        return services;
    }
}
