using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;

namespace OneWorkforce.Data.Model;

internal sealed class AssessmentCycleConfiguration : IEntityTypeConfiguration<AssessmentCycle>
{
    public void Configure(EntityTypeBuilder<AssessmentCycle> cycle)
    {
        cycle.Property(c => c.Name).HasMaxLength(200);
        cycle.Property(c => c.Status).HasMaxLength(20);
        cycle.Property(c => c.GroupCodes).HasMaxLength(200);
        cycle.Property(c => c.OpenLinkToken).HasMaxLength(40);
        cycle.HasIndex(c => c.OpenLinkToken).IsUnique();
        cycle.Property(c => c.StatementsJson).HasMaxLength(400_000);
        cycle.Ignore(c => c.Groups);
        cycle.HasIndex(c => new { c.AreaId, c.Name }).IsUnique();
        cycle.HasOne<Area>().WithMany().HasForeignKey(c => c.AreaId).OnDelete(DeleteBehavior.Cascade);
        cycle.HasMany(c => c.Matrices).WithOne().HasForeignKey(m => m.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatrixEvidenceConfiguration : IEntityTypeConfiguration<MatrixEvidence>
{
    public void Configure(EntityTypeBuilder<MatrixEvidence> matrix)
    {
        matrix.ToTable("MatrixEvidence");
        matrix.Property(m => m.Source).HasMaxLength(200);
        matrix.Property(m => m.GroupCode).HasMaxLength(40);
        matrix.Property(m => m.EnteredBy).HasMaxLength(256);
        matrix.HasIndex(m => m.CycleId);
        matrix.HasMany(m => m.Cells).WithOne().HasForeignKey(c => c.EvidenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MatrixEvidenceCellConfiguration : IEntityTypeConfiguration<MatrixEvidenceCell>
{
    public void Configure(EntityTypeBuilder<MatrixEvidenceCell> cell)
    {
        cell.ToTable("MatrixEvidenceCells");
        cell.HasKey(c => new { c.EvidenceId, c.Arc, c.Stage });
    }
}

internal sealed class ArcEvidenceNoteConfiguration : IEntityTypeConfiguration<ArcEvidenceNote>
{
    public void Configure(EntityTypeBuilder<ArcEvidenceNote> note)
    {
        note.Property(n => n.Text).HasMaxLength(4000);
        note.Property(n => n.Link).HasMaxLength(2000);
        note.Property(n => n.AddedBy).HasMaxLength(256);
        note.HasIndex(n => new { n.CycleId, n.Arc });
        note.HasOne<AssessmentCycle>().WithMany().HasForeignKey(n => n.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentInvitationConfiguration : IEntityTypeConfiguration<AssessmentInvitation>
{
    public void Configure(EntityTypeBuilder<AssessmentInvitation> invitation)
    {
        invitation.Property(i => i.Code).HasMaxLength(20);
        invitation.Property(i => i.GroupCode).HasMaxLength(40);
        invitation.Property(i => i.Locality).HasMaxLength(200);
        invitation.HasIndex(i => i.Code).IsUnique();
        invitation.HasIndex(i => i.CycleId);
        invitation.HasOne<AssessmentCycle>().WithMany().HasForeignKey(i => i.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentCommentConfiguration : IEntityTypeConfiguration<AssessmentComment>
{
    public void Configure(EntityTypeBuilder<AssessmentComment> comment)
    {
        comment.Property(c => c.GroupCode).HasMaxLength(40);
        comment.Property(c => c.Text).HasMaxLength(AssessmentQuestionnaire.CommentMaxLength);
        comment.Property(c => c.RespondentName).HasMaxLength(200);
        comment.HasIndex(c => new { c.CycleId, c.Arc });
        comment.HasIndex(c => c.ResponseId);
        comment.HasOne<AssessmentCycle>().WithMany().HasForeignKey(c => c.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OcwtStatementConfiguration : IEntityTypeConfiguration<OcwtStatement>
{
    public void Configure(EntityTypeBuilder<OcwtStatement> statement)
    {
        statement.Property(s => s.GroupCode).HasMaxLength(40);
        statement.Property(s => s.Text).HasMaxLength(Core.Reference.OcwtStatements.MaxLength);
        statement.Property(s => s.UpdatedBy).HasMaxLength(256);
        statement.HasIndex(s => new { s.AreaId, s.Arc, s.Stage, s.GroupCode }).IsUnique();
        statement.HasOne<Area>().WithMany().HasForeignKey(s => s.AreaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<Core.Questionnaires.QuestionnaireResponse>
{
    public void Configure(EntityTypeBuilder<Core.Questionnaires.QuestionnaireResponse> response)
    {
        response.Property(r => r.Kind).HasMaxLength(20);
        response.Property(r => r.Token).HasMaxLength(40);
        response.Property(r => r.ResumeCode).HasMaxLength(20);
        response.Property(r => r.GroupCode).HasMaxLength(40);
        response.Property(r => r.Locality).HasMaxLength(200);
        response.Property(r => r.Status).HasMaxLength(20);
        response.Property(r => r.Channel).HasMaxLength(20);
        response.Property(r => r.ScoreLine).HasMaxLength(ScoreLine.Length);
        response.Property(r => r.Categories).HasMaxLength(400);
        response.Property(r => r.AnswersJson).HasMaxLength(400_000);
        response.HasIndex(r => r.Token).IsUnique();
        response.HasIndex(r => r.ResumeCode).IsUnique();
        response.HasIndex(r => new { r.Kind, r.OwnerId, r.Status });
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<Core.Plans.PlanAction>
{
    public void Configure(EntityTypeBuilder<Core.Plans.PlanAction> action)
    {
        action.ToTable("PlanActions");
        action.Property(a => a.Title).HasMaxLength(Core.Plans.ActionInput.MaxTitle);
        action.Property(a => a.Description).HasMaxLength(Core.Plans.ActionInput.MaxText);
        action.Property(a => a.Arcs).HasMaxLength(40);
        action.Property(a => a.Outcomes).HasMaxLength(Core.Plans.ActionInput.MaxText);
        action.Property(a => a.Timescale).HasMaxLength(Core.Plans.ActionInput.MaxShort);
        action.Property(a => a.LeadOfficer).HasMaxLength(Core.Plans.ActionInput.MaxShort);
        action.Property(a => a.Resources).HasMaxLength(Core.Plans.ActionInput.MaxText);
        action.Property(a => a.Status).HasMaxLength(20);
        action.Property(a => a.Challenge).HasMaxLength(Core.Plans.ActionInput.MaxText);
        action.Property(a => a.TimescaleCategory).HasMaxLength(10);
        action.Property(a => a.LeadPartners).HasMaxLength(Core.Plans.ActionInput.MaxShort * 5);
        action.Property(a => a.SupportPartners).HasMaxLength(Core.Plans.ActionInput.MaxShort * 5);
        action.Property(a => a.Milestones).HasMaxLength(Core.Plans.ActionInput.MaxText);
        action.Property(a => a.DependsOn).HasMaxLength(200);
        action.HasIndex(a => new { a.AreaId, a.CycleId, a.Number });
        action.HasIndex(a => new { a.StrategyId, a.Number });
        action.HasOne<Area>().WithMany().HasForeignKey(a => a.AreaId).OnDelete(DeleteBehavior.Cascade);
        action.HasOne<AssessmentCycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Cascade);
        action.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionProgressNoteConfiguration : IEntityTypeConfiguration<Core.Plans.ActionProgressNote>
{
    public void Configure(EntityTypeBuilder<Core.Plans.ActionProgressNote> note)
    {
        note.Property(n => n.Text).HasMaxLength(Core.Plans.ActionInput.MaxText);
        note.Property(n => n.AddedBy).HasMaxLength(256);
    }
}
