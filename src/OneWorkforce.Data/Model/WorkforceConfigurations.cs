using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Workforce;

namespace OneWorkforce.Data.Model;

internal sealed class WorkerConfiguration : IEntityTypeConfiguration<Worker>
{
    public void Configure(EntityTypeBuilder<Worker> worker)
    {
        worker.Property(w => w.StaffReference).HasMaxLength(50);
        worker.Property(w => w.Role).HasMaxLength(40);
        worker.Property(w => w.Contract).HasMaxLength(20);
        worker.Property(w => w.LeavingReason).HasMaxLength(30);
        worker.Property(w => w.Gender).HasMaxLength(20);
        worker.Property(w => w.Ethnicity).HasMaxLength(40);
        worker.Property(w => w.Disability).HasMaxLength(20);
        worker.Property(w => w.HighestQualificationLevel).HasMaxLength(20);
        worker.Property(w => w.Apprenticeship).HasMaxLength(20);
        worker.Property(w => w.InductionCompleted).HasMaxLength(3);
        worker.HasIndex(w => new { w.OrganisationId, w.StaffReference }).IsUnique();
        worker.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> record)
    {
        record.Property(t => t.StaffReference).HasMaxLength(50);
        record.Property(t => t.Title).HasMaxLength(200);
        record.Property(t => t.Topic).HasMaxLength(30);
        record.Property(t => t.Provider).HasMaxLength(200);
        record.Property(t => t.SafeguardingLevel).HasMaxLength(3);
        record.Property(t => t.Accredited).HasMaxLength(3);
        record.Property(t => t.CommonCoreAreas).HasMaxLength(20);
        record.Property(t => t.Evidence).HasMaxLength(500);
        record.HasIndex(t => new { t.OrganisationId, t.StaffReference, t.Title, t.CompletedOn }).IsUnique();
        record.HasIndex(t => t.WorkerId);
        // Covers the compliance dashboard's one read: an area's latest training by topic, person, level and Common Core areas, read in
        // index order so it is grouped without a sort.
        record.HasIndex(t => new { t.AreaId, t.Topic, t.WorkerId, t.SafeguardingLevel, t.CommonCoreAreas, t.CompletedOn }).HasDatabaseName("ix_training_records_compliance");
        record.HasOne<Worker>().WithMany().HasForeignKey(t => t.WorkerId).OnDelete(DeleteBehavior.Cascade);
        record.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkforceSubmissionConfiguration : IEntityTypeConfiguration<WorkforceSubmission>
{
    public void Configure(EntityTypeBuilder<WorkforceSubmission> submission)
    {
        submission.Property(s => s.Channel).HasMaxLength(20);
        submission.Property(s => s.StandardVersion).HasMaxLength(20);
        submission.Property(s => s.ActorId).HasMaxLength(100);
        submission.HasIndex(s => new { s.AreaId, s.OrganisationId, s.CreatedAt });
    }
}

internal sealed class WorkforceSnapshotConfiguration : IEntityTypeConfiguration<WorkforceSnapshot>
{
    public void Configure(EntityTypeBuilder<WorkforceSnapshot> snapshot)
    {
        snapshot.Property(s => s.Label).HasMaxLength(100);
        snapshot.Property(s => s.FiguresJson).HasMaxLength(10_000_000);
        snapshot.HasIndex(s => new { s.AreaId, s.TakenOn });
    }
}

internal sealed class UploadJobConfiguration : IEntityTypeConfiguration<UploadJob>
{
    public void Configure(EntityTypeBuilder<UploadJob> job)
    {
        job.Property(j => j.UserId).HasMaxLength(100);
        job.Property(j => j.Status).HasMaxLength(20);
        job.Property(j => j.Stage).HasMaxLength(200);
        job.Property(j => j.FailureMessage).HasMaxLength(2000);
        job.Property(j => j.StandardVersion).HasMaxLength(20);
        job.Property(j => j.ClaimedBy).HasMaxLength(200);
        job.Property(j => j.SummaryJson).HasMaxLength(100_000);
        job.HasIndex(j => j.Status);
        job.HasIndex(j => new { j.AreaId, j.CreatedAt });
    }
}

internal sealed class UploadFileConfiguration : IEntityTypeConfiguration<UploadFile>
{
    public void Configure(EntityTypeBuilder<UploadFile> file)
    {
        file.Property(f => f.FileName).HasMaxLength(260);
        file.HasIndex(f => f.JobId);
        file.HasOne<UploadJob>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class UploadMessageRecordConfiguration : IEntityTypeConfiguration<UploadMessageRecord>
{
    public void Configure(EntityTypeBuilder<UploadMessageRecord> message)
    {
        message.ToTable("UploadMessages");
        message.Property(m => m.Code).HasMaxLength(10);
        message.Property(m => m.File).HasMaxLength(260);
        message.Property(m => m.Column).HasMaxLength(200);
        message.Property(m => m.Value).HasMaxLength(200);
        message.Property(m => m.Message).HasMaxLength(1000);
        message.HasIndex(m => new { m.JobId, m.Code, m.Id });
        message.HasOne<UploadJob>().WithMany().HasForeignKey(m => m.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
