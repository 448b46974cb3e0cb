using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Audit;
using OneWorkforce.Core.Qualifications;
using OneWorkforce.Core.Reference;
using OneWorkforce.Data.Accounts;
using OneWorkforce.Data.Keys;
using OneWorkforce.Data.Model;

namespace OneWorkforce.Data;

/// <summary>The one database of the service; the same model on SQLite and PostgreSQL.</summary>
public class OneWorkforceDbContext(DbContextOptions<OneWorkforceDbContext> options) : IdentityDbContext<ApplicationUser>(options)
{
    public DbSet<Area> Areas => Set<Area>();
    public DbSet<District> Districts => Set<District>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Framework> Frameworks => Set<Framework>();
    public DbSet<FrameworkArea> FrameworkAreas => Set<FrameworkArea>();
    public DbSet<FrameworkAreaMatch> FrameworkAreaMatches => Set<FrameworkAreaMatch>();
    public DbSet<CodeEntry> CodeEntries => Set<CodeEntry>();
    public DbSet<Arc> Arcs => Set<Arc>();
    public DbSet<Stage> Stages => Set<Stage>();
    public DbSet<ScalePoint> ScalePoints => Set<ScalePoint>();
    public DbSet<Level> Levels => Set<Level>();
    public DbSet<Role> WorkforceRoles => Set<Role>();
    public DbSet<Qualification> Qualifications => Set<Qualification>();
    public DbSet<AwardingBody> AwardingBodies => Set<AwardingBody>();
    public DbSet<AwardingBodyAlias> AwardingBodyAliases => Set<AwardingBodyAlias>();
    public DbSet<DuplicateReview> DuplicateReviews => Set<DuplicateReview>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<UnitGroupEntry> UnitGroups => Set<UnitGroupEntry>();
    public DbSet<UnitGroupMember> UnitGroupMembers => Set<UnitGroupMember>();
    public DbSet<FrameworkMapping> FrameworkMappings => Set<FrameworkMapping>();
    public DbSet<RoleQualification> RoleQualifications => Set<RoleQualification>();
    public DbSet<ClusterScheme> ClusterSchemes => Set<ClusterScheme>();
    public DbSet<RoleCluster> RoleClusters => Set<RoleCluster>();
    public DbSet<RoleRequirement> RoleRequirements => Set<RoleRequirement>();
    public DbSet<RoleRequirementQualification> RoleRequirementQualifications => Set<RoleRequirementQualification>();
    public DbSet<ProviderOffer> ProviderOffers => Set<ProviderOffer>();
    public DbSet<Core.Assessment.AssessmentCycle> AssessmentCycles => Set<Core.Assessment.AssessmentCycle>();
    public DbSet<Core.Assessment.MatrixEvidence> MatrixEvidence => Set<Core.Assessment.MatrixEvidence>();
    public DbSet<Core.Assessment.ArcEvidenceNote> ArcEvidenceNotes => Set<Core.Assessment.ArcEvidenceNote>();
    public DbSet<Core.Assessment.AssessmentInvitation> AssessmentInvitations => Set<Core.Assessment.AssessmentInvitation>();
    public DbSet<Core.Assessment.AssessmentComment> AssessmentComments => Set<Core.Assessment.AssessmentComment>();
    public DbSet<Core.Assessment.OcwtStatement> OcwtStatements => Set<Core.Assessment.OcwtStatement>();
    public DbSet<Core.Questionnaires.QuestionnaireResponse> QuestionnaireResponses => Set<Core.Questionnaires.QuestionnaireResponse>();
    public DbSet<Core.Plans.PlanAction> PlanActions => Set<Core.Plans.PlanAction>();
    public DbSet<Core.Plans.ActionProgressNote> ActionProgressNotes => Set<Core.Plans.ActionProgressNote>();
    public DbSet<Core.Workforce.Worker> Workers => Set<Core.Workforce.Worker>();
    public DbSet<Core.Workforce.TrainingRecord> TrainingRecords => Set<Core.Workforce.TrainingRecord>();
    public DbSet<Core.Workforce.WorkforceSubmission> WorkforceSubmissions => Set<Core.Workforce.WorkforceSubmission>();
    public DbSet<Core.Workforce.WorkforceSnapshot> WorkforceSnapshots => Set<Core.Workforce.WorkforceSnapshot>();
    public DbSet<Core.Training.Course> Courses => Set<Core.Training.Course>();
    public DbSet<Core.Training.CourseSession> CourseSessions => Set<Core.Training.CourseSession>();
    public DbSet<Core.Training.Booking> Bookings => Set<Core.Training.Booking>();
    public DbSet<Core.Training.TrainingRequirement> TrainingRequirements => Set<Core.Training.TrainingRequirement>();
    public DbSet<Core.Training.TrainingReminder> TrainingReminders => Set<Core.Training.TrainingReminder>();
    public DbSet<Core.Training.InductionStandard> InductionStandards => Set<Core.Training.InductionStandard>();
    public DbSet<Core.Training.InductionSignOff> InductionSignOffs => Set<Core.Training.InductionSignOff>();
    public DbSet<Core.Training.InductionCompletion> InductionCompletions => Set<Core.Training.InductionCompletion>();
    public DbSet<Core.Partners.NewsSubscriber> NewsSubscribers => Set<Core.Partners.NewsSubscriber>();
    public DbSet<Core.Partners.NewsSend> NewsSends => Set<Core.Partners.NewsSend>();
    public DbSet<Core.Surveys.Survey> Surveys => Set<Core.Surveys.Survey>();
    public DbSet<Core.Surveys.SurveyInvitation> SurveyInvitations => Set<Core.Surveys.SurveyInvitation>();
    public DbSet<Core.Surveys.SurveyAnswerTheme> SurveyAnswerThemes => Set<Core.Surveys.SurveyAnswerTheme>();
    public DbSet<Core.Strategy.WorkforceStrategy> Strategies => Set<Core.Strategy.WorkforceStrategy>();
    public DbSet<Core.Strategy.StrategyPriority> StrategyPriorities => Set<Core.Strategy.StrategyPriority>();
    public DbSet<Core.Strategy.SteeringMember> SteeringMembers => Set<Core.Strategy.SteeringMember>();
    public DbSet<Core.Strategy.SuccessIndicator> SuccessIndicators => Set<Core.Strategy.SuccessIndicator>();
    public DbSet<Core.Strategy.IndicatorValue> IndicatorValues => Set<Core.Strategy.IndicatorValue>();
    public DbSet<Core.Strategy.StrategyReport> StrategyReports => Set<Core.Strategy.StrategyReport>();
    public DbSet<Workforce.UploadJob> UploadJobs => Set<Workforce.UploadJob>();
    public DbSet<Workforce.UploadFile> UploadFiles => Set<Workforce.UploadFile>();
    public DbSet<Workforce.UploadMessageRecord> UploadMessages => Set<Workforce.UploadMessageRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(OneWorkforceDbContext).Assembly);
        SnakeCaseNames.Apply(builder);
    }
}
