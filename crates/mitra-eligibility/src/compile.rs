//! From a criterion's CEL text to a typed expression over the applicant's fields.
//!
//! The text is parsed by the `cel` crate; what it may say is narrower than CEL: the applicant's
//! documented fields, literals, `date("YYYY-MM-DD")`, `money(AMOUNT, "CUR")`, comparisons,
//! `in [..]` over literals, `!`, `&&`, `||` and `text.startsWith("..")`. Every comparison is
//! checked for types here, so that judging never meets a type error: money compares only with
//! money in the rule set's currency, codes only with codes their field can hold.

use cel::common::ast::{Expr, IdedExpr, LiteralValue, SourceInfo, operators};
use jiff::civil::Date;
use mitra_domain::{Currency, Money, RuleProblem};
use rust_decimal::Decimal;

use crate::applicant::{Codes, FIELDS, Field, Type, YEAR_FIGURES};

/// A typed expression, ready to judge.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Literal(Literal),
    Field(Field),
    Not(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Compare(Comparison, Box<Node>, Box<Node>),
    In(Box<Node>, Vec<Literal>),
    StartsWith(Box<Node>, String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Literal {
    Bool(bool),
    Number(i64),
    Money(Money),
    Date(Date),
    Text(String),
    Code(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Comparison {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}

/// The longest criterion Mitra reads.
pub const MAX_EXPRESSION: usize = 2_000;

/// Compiles one criterion whose money is in `currency`.
pub fn compile(source: &str, currency: Currency) -> Result<Node, RuleProblem> {
    if source.chars().count() > MAX_EXPRESSION {
        return Err(RuleProblem::Unsupported {
            position: MAX_EXPRESSION as u32,
            text: format!("more than {MAX_EXPRESSION} characters"),
        });
    }
    let (expr, info) = cel::parser::Parser::new()
        .max_recursion_depth(64)
        .parse_with_source_info(source)
        .map_err(|errors| syntax(source, &errors))?;
    let compiler = Compiler { source, info, currency };
    let (node, ty) = compiler.node(&expr)?;
    if ty != Type::Bool {
        return Err(RuleProblem::NotYesOrNo { position: compiler.position(&expr) });
    }
    Ok(node)
}

fn syntax(source: &str, errors: &cel::ParseErrors) -> RuleProblem {
    let first = errors.errors.first();
    let (line, column) = first.map_or((1, 1), |e| e.pos);
    // Lines before the error, and the column within its line, both counted from 1.
    let before: usize =
        source.split_inclusive('\n').take((line.max(1) - 1) as usize).map(|l| l.chars().count()).sum();
    let position = (before + column.max(1) as usize) as u32;
    let detail = first.map_or_else(|| "unreadable".to_owned(), |e| e.msg.clone());
    RuleProblem::Syntax { position, detail }
}

struct Compiler<'s> {
    source: &'s str,
    info: SourceInfo,
    currency: Currency,
}

impl Compiler<'_> {
    /// The position of a node, counted in characters from 1.
    fn position(&self, expr: &IdedExpr) -> u32 {
        let mut start = self.info.offset_for(expr.id).map_or(0, |(start, _)| start as usize);
        // A call's own offset is its parenthesis; a named function is where its name is.
        if let Expr::Call(call) = &expr.expr
            && call.func_name.starts_with(char::is_alphabetic)
        {
            start = start.saturating_sub(call.func_name.chars().count());
        }
        // Offsets count characters of the source.
        (start.min(self.source.chars().count()) + 1) as u32
    }

    /// The text of a node as written, for messages.
    fn snippet(&self, expr: &IdedExpr) -> String {
        let start = self.position(expr) - 1;
        match self.info.offset_for(expr.id) {
            Some((_, stop)) if stop > start => {
                self.source.chars().skip(start as usize).take((stop - start) as usize + 1).collect()
            }
            _ => self.source.chars().skip(self.position(expr) as usize - 1).take(20).collect(),
        }
    }

    fn node(&self, expr: &IdedExpr) -> Result<(Node, Type), RuleProblem> {
        let at = self.position(expr);
        match &expr.expr {
            Expr::Literal(literal) => {
                let literal = match literal {
                    LiteralValue::Boolean(b) => Literal::Bool(*b.inner()),
                    LiteralValue::Int(i) => Literal::Number(*i.inner()),
                    LiteralValue::UInt(u) => {
                        Literal::Number(i64::try_from(*u.inner()).map_err(|_| RuleProblem::BadLiteral {
                            position: at,
                            text: self.snippet(expr),
                        })?)
                    }
                    LiteralValue::String(s) => Literal::Text(s.inner().to_owned()),
                    LiteralValue::Double(d) => {
                        let value = *d.inner();
                        if value.fract() != 0.0 || value.abs() > 1e15 {
                            return Err(RuleProblem::Unsupported {
                                position: at,
                                text: format!("the fraction {}", self.snippet(expr)),
                            });
                        }
                        Literal::Number(value as i64)
                    }
                    LiteralValue::Null | LiteralValue::Bytes(_) => {
                        return Err(RuleProblem::Unsupported { position: at, text: self.snippet(expr) });
                    }
                };
                let ty = literal_type(&literal);
                Ok((Node::Literal(literal), ty))
            }
            Expr::Ident(name) => match FIELDS.iter().find(|(n, _, _)| n == name) {
                Some((_, field, ty)) => Ok((Node::Field(*field), *ty)),
                None => Err(RuleProblem::UnknownField { name: name.clone(), position: at }),
            },
            Expr::Select(select) => self.year_figure(expr, &select.operand, &select.field, select.test),
            Expr::Call(call) => self.call(expr, &call.func_name, call.target.as_deref(), &call.args),
            _ => Err(RuleProblem::Unsupported { position: at, text: self.snippet(expr) }),
        }
    }

    /// `figures[2019].payroll`.
    fn year_figure(
        &self,
        expr: &IdedExpr,
        operand: &IdedExpr,
        name: &str,
        test: bool,
    ) -> Result<(Node, Type), RuleProblem> {
        let at = self.position(expr);
        let unknown = || RuleProblem::UnknownField { name: self.snippet(expr), position: at };
        if test {
            return Err(RuleProblem::Unsupported { position: at, text: "has()".to_owned() });
        }
        let Expr::Call(index) = &operand.expr else { return Err(unknown()) };
        let (Some(figures), Some(year)) = (index.args.first(), index.args.get(1)) else {
            return Err(unknown());
        };
        if index.func_name != operators::INDEX || !matches!(&figures.expr, Expr::Ident(n) if n == "figures") {
            return Err(unknown());
        }
        let year = match &year.expr {
            Expr::Literal(LiteralValue::Int(year)) => i16::try_from(*year.inner()).ok(),
            _ => None,
        }
        .filter(|year| (mitra_domain::organization::FIRST_FIGURES_YEAR..=2100).contains(year))
        .ok_or_else(|| RuleProblem::BadLiteral { position: self.position(year), text: self.snippet(year) })?;
        match YEAR_FIGURES.iter().find(|(n, _, _)| *n == name) {
            Some((_, figure, ty)) => Ok((Node::Field(Field::Year(year, *figure)), *ty)),
            None => Err(unknown()),
        }
    }

    fn call(
        &self,
        expr: &IdedExpr,
        name: &str,
        target: Option<&IdedExpr>,
        args: &[IdedExpr],
    ) -> Result<(Node, Type), RuleProblem> {
        let at = self.position(expr);
        let comparison = match name {
            operators::EQUALS => Some(Comparison::Equal),
            operators::NOT_EQUALS => Some(Comparison::NotEqual),
            operators::LESS => Some(Comparison::Less),
            operators::LESS_EQUALS => Some(Comparison::LessOrEqual),
            operators::GREATER => Some(Comparison::Greater),
            operators::GREATER_EQUALS => Some(Comparison::GreaterOrEqual),
            _ => None,
        };
        if let (Some(comparison), [left, right]) = (comparison, args) {
            return self.compare(comparison, left, right);
        }
        match (name, target, args) {
            (operators::LOGICAL_AND | operators::LOGICAL_OR, None, [left, right]) => {
                let left = self.boolean(left)?;
                let right = self.boolean(right)?;
                let node = if name == operators::LOGICAL_AND {
                    Node::And(Box::new(left), Box::new(right))
                } else {
                    Node::Or(Box::new(left), Box::new(right))
                };
                Ok((node, Type::Bool))
            }
            (operators::LOGICAL_NOT, None, [operand]) => {
                Ok((Node::Not(Box::new(self.boolean(operand)?)), Type::Bool))
            }
            (operators::NEGATE, None, [operand]) => match &operand.expr {
                Expr::Literal(LiteralValue::Int(i)) => {
                    Ok((Node::Literal(Literal::Number(-*i.inner())), Type::Number))
                }
                _ => Err(RuleProblem::Unsupported { position: at, text: self.snippet(expr) }),
            },
            (operators::IN, None, [item, list]) => self.within(item, list),
            ("date", None, [text]) => {
                let date = self
                    .text_literal(text)
                    .and_then(|raw| raw.parse::<Date>().ok())
                    .ok_or_else(|| RuleProblem::BadLiteral { position: at, text: self.snippet(expr) })?;
                Ok((Node::Literal(Literal::Date(date)), Type::Date))
            }
            ("money", None, [amount, currency]) => {
                let bad = || RuleProblem::BadLiteral { position: at, text: self.snippet(expr) };
                let amount: Decimal = match &amount.expr {
                    Expr::Literal(LiteralValue::Int(i)) => Decimal::from(*i.inner()),
                    Expr::Literal(LiteralValue::UInt(u)) => Decimal::from(*u.inner()),
                    Expr::Literal(LiteralValue::String(s)) => {
                        mitra_domain::money::parse_amount(s.inner()).map_err(|_| bad())?
                    }
                    _ => return Err(bad()),
                };
                let currency =
                    self.text_literal(currency).and_then(|c| Currency::parse(&c).ok()).ok_or_else(bad)?;
                let money = Money::new(amount, currency).map_err(|_| bad())?;
                Ok((Node::Literal(Literal::Money(money)), Type::Money))
            }
            ("startsWith", Some(text), [prefix]) => {
                let (node, ty) = self.node(text)?;
                let prefix = self.text_literal(prefix).ok_or_else(|| RuleProblem::BadLiteral {
                    position: self.position(prefix),
                    text: self.snippet(prefix),
                })?;
                if ty != Type::Text {
                    return Err(RuleProblem::Mismatch {
                        position: at,
                        left: self.snippet(text),
                        right: format!("\"{prefix}\""),
                    });
                }
                Ok((Node::StartsWith(Box::new(node), prefix.to_lowercase()), Type::Bool))
            }
            (operators::INDEX, _, _) => {
                Err(RuleProblem::UnknownField { name: self.snippet(expr), position: at })
            }
            _ if name.starts_with('_') || name.starts_with('@') || name.starts_with('!') => {
                Err(RuleProblem::Unsupported { position: at, text: self.snippet(expr) })
            }
            _ => Err(RuleProblem::UnknownFunction { name: name.to_owned(), position: at }),
        }
    }

    fn text_literal(&self, expr: &IdedExpr) -> Option<String> {
        match &expr.expr {
            Expr::Literal(LiteralValue::String(s)) => Some(s.inner().to_owned()),
            _ => None,
        }
    }

    fn boolean(&self, expr: &IdedExpr) -> Result<Node, RuleProblem> {
        let (node, ty) = self.node(expr)?;
        if ty == Type::Bool {
            Ok(node)
        } else {
            Err(RuleProblem::NotYesOrNo { position: self.position(expr) })
        }
    }

    fn compare(
        &self,
        comparison: Comparison,
        left: &IdedExpr,
        right: &IdedExpr,
    ) -> Result<(Node, Type), RuleProblem> {
        let (mut l, lt) = self.node(left)?;
        let (mut r, rt) = self.node(right)?;
        let mismatch = || RuleProblem::Mismatch {
            position: self.position(left),
            left: self.snippet(left),
            right: self.snippet(right),
        };
        let ordered = !matches!(comparison, Comparison::Equal | Comparison::NotEqual);
        match (lt, rt) {
            (Type::Money, Type::Number) | (Type::Number, Type::Money) => {
                let number = if lt == Type::Number { left } else { right };
                return Err(RuleProblem::MoneyWithNumber {
                    position: self.position(number),
                    currency: self.currency.code().to_owned(),
                });
            }
            (Type::Money, Type::Money) => {
                for (node, expr) in [(&l, left), (&r, right)] {
                    if let Node::Literal(Literal::Money(m)) = node
                        && m.currency() != self.currency
                    {
                        return Err(RuleProblem::OtherCurrency {
                            position: self.position(expr),
                            found: m.currency().code().to_owned(),
                            expected: self.currency.code().to_owned(),
                        });
                    }
                }
            }
            (Type::Code(codes), Type::Text) | (Type::Text, Type::Code(codes)) => {
                if ordered {
                    return Err(mismatch());
                }
                let (node, expr) = if lt == Type::Text { (&mut l, left) } else { (&mut r, right) };
                *node = self.code_literal(node, expr, codes, if lt == Type::Text { right } else { left })?;
            }
            (Type::Text, Type::Text) => {
                if ordered {
                    return Err(mismatch());
                }
                // Regions and codes compare without regard to case.
                for node in [&mut l, &mut r] {
                    if let Node::Literal(Literal::Text(text)) = node {
                        *text = text.to_lowercase();
                    }
                }
            }
            (Type::Bool, Type::Bool) if !ordered => {}
            (Type::Number, Type::Number) | (Type::Date, Type::Date) => {}
            _ => return Err(mismatch()),
        }
        Ok((Node::Compare(comparison, Box::new(l), Box::new(r)), Type::Bool))
    }

    /// A text literal compared with a code field, as that field's code.
    fn code_literal(
        &self,
        node: &Node,
        expr: &IdedExpr,
        codes: Codes,
        field: &IdedExpr,
    ) -> Result<Node, RuleProblem> {
        let Node::Literal(Literal::Text(raw)) = node else {
            return Err(RuleProblem::Mismatch {
                position: self.position(expr),
                left: self.snippet(field),
                right: self.snippet(expr),
            });
        };
        codes.canonical(raw).map(|code| Node::Literal(Literal::Code(code))).ok_or_else(|| {
            RuleProblem::NotAllowedValue {
                position: self.position(expr),
                value: self.snippet(expr),
                field: self.snippet(field),
            }
        })
    }

    /// `size_class in ["micro", "small"]`.
    fn within(&self, item: &IdedExpr, list: &IdedExpr) -> Result<(Node, Type), RuleProblem> {
        let (node, ty) = self.node(item)?;
        let Expr::List(elements) = &list.expr else {
            return Err(RuleProblem::Unsupported { position: self.position(list), text: self.snippet(list) });
        };
        let mut literals = Vec::new();
        for element in &elements.elements {
            let (literal, element_ty) = self.node(element)?;
            let Node::Literal(literal) = literal else {
                return Err(RuleProblem::Unsupported {
                    position: self.position(element),
                    text: self.snippet(element),
                });
            };
            let literal = match (ty, element_ty, literal) {
                (Type::Code(codes), Type::Text, literal) => {
                    match self.code_literal(&Node::Literal(literal), element, codes, item)? {
                        Node::Literal(literal) => literal,
                        _ => unreachable!("code_literal gives a literal"),
                    }
                }
                (Type::Text, Type::Text, Literal::Text(text)) => Literal::Text(text.to_lowercase()),
                (Type::Number, Type::Number, literal) => literal,
                _ => {
                    return Err(RuleProblem::Mismatch {
                        position: self.position(element),
                        left: self.snippet(item),
                        right: self.snippet(element),
                    });
                }
            };
            literals.push(literal);
        }
        Ok((Node::In(Box::new(node), literals), Type::Bool))
    }
}

fn literal_type(literal: &Literal) -> Type {
    match literal {
        Literal::Bool(_) => Type::Bool,
        Literal::Number(_) => Type::Number,
        Literal::Money(_) => Type::Money,
        Literal::Date(_) => Type::Date,
        Literal::Text(_) | Literal::Code(_) => Type::Text,
    }
}
