//! Match rounds: each round of a programme, every run of it with the inputs it was solved from
//! and its outcome, and the pairs a published round proposed with each side's answer.

use jiff::Timestamp;
use jiff::civil::Date;
use mitra_domain::mentoring::MentoringSession;
use mitra_domain::round::{Proposal, RoundState};
use uuid::Uuid;

use crate::StoreError;
use crate::accounts::{optional_time, uuid};
use crate::rows::{bad, change_time, check_version, stored_time, time_text, timestamp};
use crate::unit::{SqlUnit, each_backend};

/// A round as it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRound {
    pub id: Uuid,
    pub programme_id: Uuid,
    pub state: RoundState,
    pub created_by: Uuid,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Moves by one with every change, starting at 1.
    pub version: u64,
}

/// A run of a round, without what it was solved from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunHeader {
    pub round_id: Uuid,
    /// 1 for the first run of a round, then one more each time.
    pub number: u64,
    /// The job that solves it.
    pub job_id: Uuid,
    pub created_by: Uuid,
    pub created_at: Timestamp,
    pub finished_at: Option<Timestamp>,
}

/// A run with its inputs and, once solved, its outcome (both JSON, as the application layer
/// writes them).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchRun {
    pub header: RunHeader,
    pub inputs: String,
    pub outcome: Option<String>,
}

/// Rounds, runs and proposals, within one unit of work.
#[async_trait::async_trait]
pub trait Rounds {
    async fn insert_round(&mut self, round: &MatchRound) -> Result<(), StoreError>;
    async fn round(&mut self, id: Uuid) -> Result<Option<MatchRound>, StoreError>;
    /// The round, locked until the unit ends (PostgreSQL; SQLite's write unit holds the lock).
    async fn lock_round(&mut self, id: Uuid) -> Result<Option<MatchRound>, StoreError>;
    /// Writes the round's state if it is still at `round.version`, moving it on by one.
    async fn update_round(&mut self, round: &mut MatchRound, at: Timestamp) -> Result<(), StoreError>;
    /// A programme's rounds, newest first.
    async fn rounds_of(&mut self, programme_id: Uuid) -> Result<Vec<MatchRound>, StoreError>;

    /// Stores a run; its number must be the next of its round.
    async fn insert_run(&mut self, run: &MatchRun) -> Result<(), StoreError>;
    async fn run(&mut self, round_id: Uuid, number: u64) -> Result<Option<MatchRun>, StoreError>;
    /// A round's runs, in order.
    async fn runs(&mut self, round_id: Uuid) -> Result<Vec<RunHeader>, StoreError>;
    /// Writes a run's outcome once; false when it already had one.
    async fn finish_run(
        &mut self,
        round_id: Uuid,
        number: u64,
        outcome: &str,
        at: Timestamp,
    ) -> Result<bool, StoreError>;

    async fn insert_proposals(&mut self, proposals: &[Proposal]) -> Result<(), StoreError>;
    async fn proposal(&mut self, round_id: Uuid, firm_id: Uuid) -> Result<Option<Proposal>, StoreError>;
    /// Writes a proposal's answers if it is still at `proposal.version`, moving it on by one.
    async fn update_proposal(&mut self, proposal: &mut Proposal) -> Result<(), StoreError>;
    /// A round's proposals, in the order they were written.
    async fn proposals_of_round(&mut self, round_id: Uuid) -> Result<Vec<Proposal>, StoreError>;
    /// Every proposal to a mentor, of any round, the latest deadline first.
    async fn proposals_of_mentor(&mut self, mentor_id: Uuid) -> Result<Vec<Proposal>, StoreError>;
    /// Every proposal for one of these firms, the latest deadline first.
    async fn proposals_of_firms(&mut self, firm_ids: &[Uuid]) -> Result<Vec<Proposal>, StoreError>;

    /// Stores a logged session; a second one of the pair on the same day is `Duplicate`.
    async fn insert_mentoring_session(&mut self, session: &MentoringSession) -> Result<(), StoreError>;
    async fn mentoring_session(&mut self, id: Uuid) -> Result<Option<MentoringSession>, StoreError>;
    /// Writes the session if it is still at `session.version`, moving it on by one.
    async fn update_mentoring_session(&mut self, session: &mut MentoringSession) -> Result<(), StoreError>;
    /// The sessions of a round's pairs (of one firm when `firm_id` is given), the latest first.
    async fn sessions_of_round(
        &mut self,
        round_id: Uuid,
        firm_id: Option<Uuid>,
    ) -> Result<Vec<MentoringSession>, StoreError>;
}

type RoundColumns = (String, String, String, String, String, String, i64);
const ROUND_COLUMNS: &str = "id, programme_id, body, created_by, created_at, updated_at, version";

fn round_from(
    (id, programme_id, body, created_by, created_at, updated_at, version): RoundColumns,
) -> Result<MatchRound, StoreError> {
    Ok(MatchRound {
        id: uuid("match_rounds.id", &id)?,
        programme_id: uuid("match_rounds.programme_id", &programme_id)?,
        state: serde_json::from_str(&body)?,
        created_by: uuid("match_rounds.created_by", &created_by)?,
        created_at: timestamp("match_rounds.created_at", &created_at)?,
        updated_at: timestamp("match_rounds.updated_at", &updated_at)?,
        version: u64::try_from(version).map_err(|_| bad("match_rounds.version", &version.to_string()))?,
    })
}

type RunColumns = (String, i64, String, String, String, Option<String>);
const RUN_COLUMNS: &str = "round_id, number, job_id, created_by, created_at, finished_at";

fn header_from(
    (round_id, number, job_id, created_by, created_at, finished_at): RunColumns,
) -> Result<RunHeader, StoreError> {
    Ok(RunHeader {
        round_id: uuid("match_runs.round_id", &round_id)?,
        number: u64::try_from(number).map_err(|_| bad("match_runs.number", &number.to_string()))?,
        job_id: uuid("match_runs.job_id", &job_id)?,
        created_by: uuid("match_runs.created_by", &created_by)?,
        created_at: timestamp("match_runs.created_at", &created_at)?,
        finished_at: optional_time("match_runs.finished_at", finished_at)?,
    })
}

fn proposal_from(body: &str) -> Result<Proposal, StoreError> {
    Ok(serde_json::from_str(body)?)
}

fn date_text(day: Date) -> String {
    day.to_string()
}

impl SqlUnit {
    async fn read_round(&mut self, id: Uuid, lock: bool) -> Result<Option<MatchRound>, StoreError> {
        let row: Option<RoundColumns> = each_backend!(self,
            sqlite: |tx| {
                let sql = format!("SELECT {ROUND_COLUMNS} FROM match_rounds WHERE id = $1");
                sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                    .bind(id.to_string())
                    .fetch_optional(&mut **tx)
                    .await?
            },
            postgres: |tx| {
                let lock = if lock { " FOR UPDATE" } else { "" };
                let sql = format!("SELECT {ROUND_COLUMNS} FROM match_rounds WHERE id = $1{lock}");
                sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                    .bind(id.to_string())
                    .fetch_optional(&mut **tx)
                    .await?
            },
        );
        row.map(round_from).transpose()
    }

    async fn proposals_where(&mut self, condition: &str, ids: &[Uuid]) -> Result<Vec<Proposal>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let postgres = matches!(self.tx, crate::unit::Transaction::Postgres(_));
        let marks = crate::rows::placeholders(postgres, ids.len()).join(", ");
        let sql = format!(
            "SELECT body FROM match_proposals WHERE {condition} IN ({marks}) ORDER BY deadline DESC, round_id DESC, seq"
        );
        let bodies: Vec<String> = each_backend!(self, |tx| {
            let mut select = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str()));
            for id in ids {
                select = select.bind(id.to_string());
            }
            select.fetch_all(&mut **tx).await?
        });
        bodies.iter().map(|b| proposal_from(b)).collect()
    }
}

#[async_trait::async_trait]
impl Rounds for SqlUnit {
    async fn insert_round(&mut self, round: &MatchRound) -> Result<(), StoreError> {
        use crate::Programmes as _;
        if self.programme(round.programme_id).await?.is_none() {
            return Err(StoreError::MissingReference { field: "programme_id", id: round.programme_id });
        }
        let body = serde_json::to_string(&round.state)?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO match_rounds (id, programme_id, body, created_by, created_at, updated_at, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(round.id.to_string())
            .bind(round.programme_id.to_string())
            .bind(&body)
            .bind(round.created_by.to_string())
            .bind(time_text(stored_time(round.created_at)))
            .bind(time_text(stored_time(round.updated_at)))
            .bind(round.version as i64)
            .execute(&mut **tx)
            .await?;
        });
        Ok(())
    }

    async fn round(&mut self, id: Uuid) -> Result<Option<MatchRound>, StoreError> {
        self.read_round(id, false).await
    }

    async fn lock_round(&mut self, id: Uuid) -> Result<Option<MatchRound>, StoreError> {
        self.read_round(id, true).await
    }

    async fn update_round(&mut self, round: &mut MatchRound, at: Timestamp) -> Result<(), StoreError> {
        let current = self
            .lock_round(round.id)
            .await?
            .ok_or(StoreError::NotFound { entity: "match_round", id: round.id })?;
        check_version("match_round", round.id, Some(round.version), current.version)?;
        let at = change_time(at, current.updated_at);
        let body = serde_json::to_string(&round.state)?;
        each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE match_rounds SET body = $2, updated_at = $3, version = version + 1 WHERE id = $1",
            )
            .bind(round.id.to_string())
            .bind(&body)
            .bind(time_text(at))
            .execute(&mut **tx)
            .await?;
        });
        round.updated_at = at;
        round.version += 1;
        Ok(())
    }

    async fn rounds_of(&mut self, programme_id: Uuid) -> Result<Vec<MatchRound>, StoreError> {
        let sql = format!(
            "SELECT {ROUND_COLUMNS} FROM match_rounds WHERE programme_id = $1 ORDER BY created_at DESC, id DESC"
        );
        let rows: Vec<RoundColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(programme_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter().map(round_from).collect()
    }

    async fn insert_run(&mut self, run: &MatchRun) -> Result<(), StoreError> {
        let h = &run.header;
        let last: Option<i64> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT MAX(number) FROM match_runs WHERE round_id = $1")
                .bind(h.round_id.to_string())
                .fetch_one(&mut **tx)
                .await?
        });
        if h.number as i64 != last.unwrap_or(0) + 1 {
            return Err(StoreError::Duplicate { entity: "match_run", field: "number" });
        }
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO match_runs (round_id, number, job_id, created_by, created_at, finished_at, inputs, outcome) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(h.round_id.to_string())
            .bind(h.number as i64)
            .bind(h.job_id.to_string())
            .bind(h.created_by.to_string())
            .bind(time_text(stored_time(h.created_at)))
            .bind(h.finished_at.map(|t| time_text(stored_time(t))))
            .bind(&run.inputs)
            .bind(run.outcome.as_deref())
            .execute(&mut **tx)
            .await?;
        });
        Ok(())
    }

    async fn run(&mut self, round_id: Uuid, number: u64) -> Result<Option<MatchRun>, StoreError> {
        let sql = format!(
            "SELECT {RUN_COLUMNS}, inputs, outcome FROM match_runs WHERE round_id = $1 AND number = $2"
        );
        type Row = (String, i64, String, String, String, Option<String>, String, Option<String>);
        let row: Option<Row> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(round_id.to_string())
                .bind(number as i64)
                .fetch_optional(&mut **tx)
                .await?
        });
        row.map(|(a, b, c, d, e, f, inputs, outcome)| {
            Ok(MatchRun { header: header_from((a, b, c, d, e, f))?, inputs, outcome })
        })
        .transpose()
    }

    async fn runs(&mut self, round_id: Uuid) -> Result<Vec<RunHeader>, StoreError> {
        let sql = format!("SELECT {RUN_COLUMNS} FROM match_runs WHERE round_id = $1 ORDER BY number");
        let rows: Vec<RunColumns> = each_backend!(self, |tx| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.as_str()))
                .bind(round_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        rows.into_iter().map(header_from).collect()
    }

    async fn finish_run(
        &mut self,
        round_id: Uuid,
        number: u64,
        outcome: &str,
        at: Timestamp,
    ) -> Result<bool, StoreError> {
        let changed = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE match_runs SET outcome = $3, finished_at = $4 \
                 WHERE round_id = $1 AND number = $2 AND outcome IS NULL",
            )
            .bind(round_id.to_string())
            .bind(number as i64)
            .bind(outcome)
            .bind(time_text(stored_time(at)))
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        Ok(changed == 1)
    }

    async fn insert_proposals(&mut self, proposals: &[Proposal]) -> Result<(), StoreError> {
        for (seq, proposal) in proposals.iter().enumerate() {
            let body = serde_json::to_string(proposal)?;
            each_backend!(self, |tx| {
                sqlx::query(
                    "INSERT INTO match_proposals (round_id, firm_id, mentor_id, seq, deadline, body, version) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(proposal.round_id.to_string())
                .bind(proposal.firm_id.to_string())
                .bind(proposal.mentor_id.to_string())
                .bind(seq as i64)
                .bind(date_text(proposal.deadline))
                .bind(&body)
                .bind(proposal.version as i64)
                .execute(&mut **tx)
                .await?;
            });
        }
        Ok(())
    }

    async fn proposal(&mut self, round_id: Uuid, firm_id: Uuid) -> Result<Option<Proposal>, StoreError> {
        let body: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM match_proposals WHERE round_id = $1 AND firm_id = $2")
                .bind(round_id.to_string())
                .bind(firm_id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        body.as_deref().map(proposal_from).transpose()
    }

    async fn update_proposal(&mut self, proposal: &mut Proposal) -> Result<(), StoreError> {
        let next = Proposal { version: proposal.version + 1, ..proposal.clone() };
        let body = serde_json::to_string(&next)?;
        let changed = each_backend!(self, |tx| {
            sqlx::query(
                "UPDATE match_proposals SET body = $3, version = version + 1 \
                 WHERE round_id = $1 AND firm_id = $2 AND version = $4",
            )
            .bind(proposal.round_id.to_string())
            .bind(proposal.firm_id.to_string())
            .bind(&body)
            .bind(proposal.version as i64)
            .execute(&mut **tx)
            .await?
            .rows_affected()
        });
        if changed != 1 {
            let current = self.proposal(proposal.round_id, proposal.firm_id).await?;
            return Err(match current {
                Some(current) => StoreError::VersionMismatch {
                    entity: "match_proposal",
                    id: proposal.firm_id,
                    current: current.version,
                },
                None => StoreError::NotFound { entity: "match_proposal", id: proposal.firm_id },
            });
        }
        *proposal = next;
        Ok(())
    }

    async fn proposals_of_round(&mut self, round_id: Uuid) -> Result<Vec<Proposal>, StoreError> {
        let bodies: Vec<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM match_proposals WHERE round_id = $1 ORDER BY seq")
                .bind(round_id.to_string())
                .fetch_all(&mut **tx)
                .await?
        });
        bodies.iter().map(|b| proposal_from(b)).collect()
    }

    async fn proposals_of_mentor(&mut self, mentor_id: Uuid) -> Result<Vec<Proposal>, StoreError> {
        self.proposals_where("mentor_id", &[mentor_id]).await
    }

    async fn proposals_of_firms(&mut self, firm_ids: &[Uuid]) -> Result<Vec<Proposal>, StoreError> {
        self.proposals_where("firm_id", firm_ids).await
    }

    async fn insert_mentoring_session(&mut self, session: &MentoringSession) -> Result<(), StoreError> {
        let taken: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar(
                "SELECT id FROM mentoring_sessions WHERE round_id = $1 AND firm_id = $2 AND held_on = $3",
            )
            .bind(session.round_id.to_string())
            .bind(session.firm_id.to_string())
            .bind(date_text(session.log.held_on))
            .fetch_optional(&mut **tx)
            .await?
        });
        if taken.is_some() {
            return Err(StoreError::Duplicate { entity: "mentoring_session", field: "held_on" });
        }
        let body = serde_json::to_string(session)?;
        each_backend!(self, |tx| {
            sqlx::query(
                "INSERT INTO mentoring_sessions (id, round_id, firm_id, mentor_id, held_on, body, version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(session.id.to_string())
            .bind(session.round_id.to_string())
            .bind(session.firm_id.to_string())
            .bind(session.mentor_id.to_string())
            .bind(date_text(session.log.held_on))
            .bind(&body)
            .bind(session.version as i64)
            .execute(&mut **tx)
            .await?;
        });
        Ok(())
    }

    async fn mentoring_session(&mut self, id: Uuid) -> Result<Option<MentoringSession>, StoreError> {
        let body: Option<String> = each_backend!(self, |tx| {
            sqlx::query_scalar("SELECT body FROM mentoring_sessions WHERE id = $1")
                .bind(id.to_string())
                .fetch_optional(&mut **tx)
                .await?
        });
        Ok(body.as_deref().map(serde_json::from_str).transpose()?)
    }

    async fn update_mentoring_session(&mut self, session: &mut MentoringSession) -> Result<(), StoreError> {
        let next = MentoringSession { version: session.version + 1, ..session.clone() };
        let body = serde_json::to_string(&next)?;
        let changed = each_backend!(self, |tx| {
            sqlx::query("UPDATE mentoring_sessions SET body = $2, version = version + 1 WHERE id = $1 AND version = $3")
                .bind(session.id.to_string())
                .bind(&body)
                .bind(session.version as i64)
                .execute(&mut **tx)
                .await?
                .rows_affected()
        });
        if changed != 1 {
            return Err(match self.mentoring_session(session.id).await? {
                Some(current) => StoreError::VersionMismatch {
                    entity: "mentoring_session",
                    id: session.id,
                    current: current.version,
                },
                None => StoreError::NotFound { entity: "mentoring_session", id: session.id },
            });
        }
        *session = next;
        Ok(())
    }

    async fn sessions_of_round(
        &mut self,
        round_id: Uuid,
        firm_id: Option<Uuid>,
    ) -> Result<Vec<MentoringSession>, StoreError> {
        let filter = if firm_id.is_some() { " AND firm_id = $2" } else { "" };
        let sql = format!(
            "SELECT body FROM mentoring_sessions WHERE round_id = $1{filter} ORDER BY held_on DESC, id DESC"
        );
        let bodies: Vec<String> = each_backend!(self, |tx| {
            let mut select = sqlx::query_scalar(sqlx::AssertSqlSafe(sql.as_str())).bind(round_id.to_string());
            if let Some(firm_id) = firm_id {
                select = select.bind(firm_id.to_string());
            }
            select.fetch_all(&mut **tx).await?
        });
        bodies.iter().map(|b| Ok(serde_json::from_str(b)?)).collect()
    }
}
