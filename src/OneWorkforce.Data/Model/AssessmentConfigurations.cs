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
