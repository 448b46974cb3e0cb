using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Surveys;

namespace OneWorkforce.Data.Model;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.Property(s => s.Name).HasMaxLength(Survey.MaxName);
        survey.Property(s => s.Title).HasMaxLength(Survey.MaxTitle);
        survey.Property(s => s.Introduction).HasMaxLength(2000);
        survey.Property(s => s.Status).HasMaxLength(20);
        survey.Property(s => s.QuestionnaireJson).HasMaxLength(400_000);
        survey.Property(s => s.SettingsJson).HasMaxLength(100_000);
        survey.Property(s => s.OpenToken).HasMaxLength(40);
        survey.HasIndex(s => new { s.AreaId, s.Name }).IsUnique();
        survey.HasIndex(s => s.OpenToken).IsUnique();
        survey.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> invitation)
    {
        invitation.Property(i => i.Email).HasMaxLength(256);
        invitation.HasIndex(i => new { i.SurveyId, i.OrganisationId }).IsUnique();
        invitation.HasIndex(i => i.ResponseId).IsUnique();
        invitation.HasOne<Survey>().WithMany().HasForeignKey(i => i.SurveyId).OnDelete(DeleteBehavior.Cascade);
        invitation.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyAnswerThemeConfiguration : IEntityTypeConfiguration<SurveyAnswerTheme>
{
    public void Configure(EntityTypeBuilder<SurveyAnswerTheme> tag)
    {
        tag.HasKey(t => new { t.ResponseId, t.QuestionKey, t.ThemeKey });
        tag.Property(t => t.QuestionKey).HasMaxLength(40);
        tag.Property(t => t.ThemeKey).HasMaxLength(40);
        tag.HasIndex(t => t.SurveyId);
        tag.HasOne<Survey>().WithMany().HasForeignKey(t => t.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}
